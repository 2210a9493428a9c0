/**
 * Workers of levelling and advice runs. Both run the engine in steps and yield to the event loop
 * between them (a levelling in slices of about 20 ms, advice after each evaluation of its
 * simulations, a second or so on a large gemeente), so the lock is renewed as they go; a run of a
 * worker killed with SIGKILL is picked up within about lockDuration + stalledInterval.
 */
export const PLANNING_RUN_WORKER = {
  concurrency: 1,
  lockDuration: 60_000,
  stalledInterval: 30_000,
  maxStalledCount: 2,
} as const;
