/**
 * Timings of the forecast workers. A chunk's lock is short and renewed while it runs (the loop
 * yields several times a second), so the chunk of a worker killed with SIGKILL is picked up by
 * another within about lockDuration + stalledInterval (≈ 15 s).
 */
export const CHUNK_WORKER = {
  // Two chunks per process, one computing at a time: while one computes (yielding between short
  // slices), the other stores its samples and the next is fetched, ready to compute at once.
  concurrency: 2,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
} as const;

/**
 * The merge runs in slices that yield (`runInSlices`), so its lock is renewed as it goes, and the
 * merge of a worker killed with SIGKILL is picked up within about lockDuration + stalledInterval.
 */
export const RUN_WORKER = {
  concurrency: 1,
  lockDuration: 30_000,
  stalledInterval: 15_000,
  maxStalledCount: 2,
} as const;

/** Nightly re-forecast of every organisation (Europe/Amsterdam), and its size. */
export const NIGHTLY_PATTERN = '30 2 * * *';
export const NIGHTLY_SIMULATIONS = 500;

/** Plan changes within this window lead to one re-forecast, after the last change. */
export const PLAN_CHANGE_DEBOUNCE_MS = 60_000;

/** A run whose jobs vanished from Redis is queued again this often, then failed with the reason. */
export const MAX_REQUEUES = 1;

/** How often the watchdog looks for runs whose jobs vanished; tests shorten it through the environment. */
export function watchdogIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.FORECAST_WATCHDOG_INTERVAL_MS ?? 15_000);
  return Number.isInteger(value) && value >= 100 ? value : 15_000;
}
