/** Forecast runs (issue 5): request, status and heat-map shapes shared by API and web. */

export const FORECAST_GRANULARITIES = ['week', 'month', 'quarter'] as const;
export type ForecastGranularity = (typeof FORECAST_GRANULARITIES)[number];

export const RUN_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const FORECAST_MEASURES = ['demand', 'shortfall'] as const;
export type ForecastMeasure = (typeof FORECAST_MEASURES)[number];

export const FORECAST_PERCENTILE_KEYS = ['p10', 'p50', 'p80', 'p90'] as const;
export type ForecastPercentileKey = (typeof FORECAST_PERCENTILE_KEYS)[number];

/** Why a run was started: by a person, by the nightly schedule or after the plan changed. */
export type ForecastTrigger = 'request' | 'nightly' | 'plan-change';

export interface CreateForecastRequest {
  /** A scenario on top of the plan of record; absent for the plan itself. */
  scenarioId?: string;
  /** Number of Monte Carlo simulations (1–5000). */
  simulations: number;
  /** Seed of the random streams; the same input and seed give the same result (default 1). */
  seed?: number;
  /** Last day of the horizon, YYYY-MM-DD (default 2050-12-31). */
  horizon?: string;
  /** The finest period the heat map needs (default month); month, quarter and year are always kept. */
  granularity?: ForecastGranularity;
}

export interface CreateForecastResponse {
  id: string;
  status: RunStatus;
  /** True when a run with the same input fingerprint already existed and is reused. */
  reused: boolean;
}

export interface MilestoneForecastDto {
  milestoneId: string;
  name: string;
  deadline: string | null;
  probabilityOnTime: number;
  p50: string | null;
  p80: string | null;
  p90: string | null;
  unscheduledShare: number;
  heldBackBy: { disciplineId: string; share: number }[];
}

/** The summary of a completed forecast; the per-period series are read as heat-map slices. */
export interface ForecastResultSummary {
  seed: number;
  simulations: number;
  disciplines: { id: string; name: string }[];
  /** Granularities whose series are stored, with their first and last period label. */
  periods: { granularity: string; count: number; first: string; last: string }[];
  milestones: MilestoneForecastDto[];
}

export interface ForecastRun {
  id: string;
  status: RunStatus;
  /** 0–100. */
  progress: number;
  /** Short Dutch text of what the run is doing, e.g. "Simulaties: 120 van 1000". */
  phase: string;
  scenarioId: string | null;
  simulations: number;
  seed: number;
  horizon: string;
  granularity: ForecastGranularity;
  fingerprint: string;
  trigger: ForecastTrigger;
  requestedBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error?: string;
  result?: ForecastResultSummary;
}

/** What the server-sent-events stream pushes: the run's state after each step. */
export interface RunProgressEvent {
  id: string;
  status: RunStatus;
  progress: number;
  phase: string;
  error?: string;
}

export interface HeatMapRow {
  disciplineId: string;
  disciplineName: string;
  /** One value per period (hours), the chosen measure and percentile. */
  values: number[];
  /** Planned capacity in hours per period. */
  capacity: number[];
}

export interface HeatMapSlice {
  runId: string;
  granularity: string;
  measure: ForecastMeasure;
  percentile: ForecastPercentileKey;
  periods: string[];
  rows: HeatMapRow[];
}
