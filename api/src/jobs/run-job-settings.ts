/**
 * Workers of levelling and advice runs. A levelling is one synchronous computation (about 20 ms a
 * schedule for a large gemeente, so 1,000 schedules take some 20 s): the lock must outlast it.
 * Advice yields between evaluations, so its lock is renewed as it goes.
 */
export const PLANNING_RUN_WORKER = {
  concurrency: 1,
  lockDuration: 300_000,
  stalledInterval: 30_000,
  maxStalledCount: 2,
} as const;
