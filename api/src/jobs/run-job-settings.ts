/**
 * Workers of levelling and advice runs. Both run the engine in steps, in slices of about 20 ms that
 * yield to the event loop, so the lock is renewed as they go; a run of a worker killed with SIGKILL
 * is picked up within about lockDuration + stalledInterval.
 */
export const PLANNING_RUN_WORKER = {
  concurrency: 1,
  lockDuration: 60_000,
  stalledInterval: 30_000,
  maxStalledCount: 2,
} as const;
