/** Every queue and job name, in one place (style.md). */
export const QUEUES = {
  maintenance: 'maintenance',
  /** Forecast runs (flow parents that merge and store), the nightly schedule and debounced re-forecasts. */
  forecasts: 'forecasts',
  /** Chunks of a forecast's simulations: the work that more worker processes share. */
  forecastChunks: 'forecast-chunks',
  /** Council reports (PDF) of completed forecasts. */
  reports: 'reports',
  /** Levelling runs: the resource-constrained schedule of the plan or a scenario. */
  levelling: 'levelling',
  /** Advice runs: the least extra staff per discipline that lifts the milestones to a target chance. */
  advice: 'advice',
} as const;

export const JOBS = {
  purgeExpiredTokens: 'purge-expired-tokens',
  forecastRun: 'forecast-run',
  forecastChunk: 'forecast-chunk',
  nightlyReforecast: 'nightly-reforecast',
  reforecastOrganisation: 'reforecast-organisation',
  councilReport: 'council-report',
  levellingRun: 'levelling-run',
  adviceRun: 'advice-run',
} as const;

/** Flow producers: a forecast is a parent job with one child per simulation chunk. */
export const FLOWS = {
  forecasts: 'forecasts',
} as const;
