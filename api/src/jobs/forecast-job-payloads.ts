/** Payloads of the forecast queues: ids only, the input lives in PostgreSQL (a snapshot per run). */
export interface ForecastRunJobData {
  runId: string;
}

export interface ForecastChunkJobData {
  runId: string;
  chunkIndex: number;
  /** Simulations [from, to) of the run. */
  from: number;
  to: number;
}

export interface ReforecastOrganisationJobData {
  organisationId: string;
  trigger: 'nightly' | 'plan-change';
  /** Default NIGHTLY_SIMULATIONS. */
  simulations?: number;
}

/** Job ids are derived from the run, so adding the same flow twice adds nothing (BullMQ ids may not contain ':'). */
export const forecastRunJobId = (runId: string) => `forecast-${runId}`;
export const forecastChunkJobId = (runId: string, chunkIndex: number) =>
  `forecast-${runId}-chunk-${chunkIndex}`;
export const reforecastJobId = (organisationId: string) => `reforecast-${organisationId}`;
