import { DelayedError, type Job } from 'bullmq';
import { setImmediate } from 'node:timers/promises';

/**
 * Long computations in a worker (a forecast's chunks and merge, a levelling, advice) run in slices of about
 * this long and yield to the event loop between them: other jobs' queries and Redis calls, lock
 * renewals and a shutdown signal wait at most this long.
 */
export const SLICE_MS = 20;

/** Progress reports of a job at most this often. */
export const REPORT_MS = 250;

/**
 * Thrown out of sliced work once this process is shutting down: the job is handed back to the
 * queue (`handingBack`) for another worker to run from the start, instead of holding the shutdown
 * up until it ends (a levelling of thousands of schedules takes minutes) or being cut off by the
 * shutdown deadline and waiting for the stalled-job check.
 */
export class HandBack extends Error {
  constructor() {
    super('this worker is shutting down; the job goes back to the queue');
    this.name = 'HandBack';
  }
}

let stopping = false;

/** From now on sliced work stops at its next slice and is handed back (a worker's SIGTERM or SIGINT). */
export function stopSlicedWork(): void {
  stopping = true;
}

/** For tests: sliced work runs to its end again. */
export function resumeSlicedWork(): void {
  stopping = false;
}

/**
 * Runs a job's work; when the work was stopped for a shutdown, moves the job back to the queue
 * (delayed until now, so at once, without using up an attempt) for another worker.
 */
export async function handingBack<T>(
  job: Job,
  token: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof HandBack) || !token) throw error;
    await job.moveToDelayed(Date.now(), token);
    throw new DelayedError();
  }
}

/** How `runInSlices` slices its work, and what it does when the worker shuts down. */
export interface SliceOptions {
  /** About this long per slice (SLICE_MS). */
  sliceMs?: number;
  /**
   * Once the process is shutting down (`stopSlicedWork`): throw HandBack at the next slice (the
   * default, for work of minutes), or finish (work of a second or so, such as a forecast chunk).
   */
  onShutdown?: 'hand back' | 'finish';
}

/** What sliced work returned, and how long its steps ran (the slices' sum, without the yields). */
export interface SlicedResult<R> {
  value: R;
  busyMs: number;
}

/**
 * Runs the engine's steps (a generator) in slices of about `sliceMs`, yielding to the event loop
 * after each. After each slice `goOn` gets the last progress yielded and says whether to go on:
 * false (the run was cancelled, say) stops the work and answers null. Once the process is shutting
 * down it throws HandBack, unless the work is to finish.
 */
export function runInSlices<P, R>(steps: Iterator<P, R>): Promise<SlicedResult<R>>;
export function runInSlices<P, R>(
  steps: Iterator<P, R>,
  goOn: (progress: P) => boolean,
  options?: SliceOptions,
): Promise<SlicedResult<R> | null>;
export async function runInSlices<P, R>(
  steps: Iterator<P, R>,
  goOn: (progress: P) => boolean = () => true,
  { sliceMs = SLICE_MS, onShutdown = 'hand back' }: SliceOptions = {},
): Promise<SlicedResult<R> | null> {
  let busyMs = 0;
  for (;;) {
    const started = performance.now();
    const until = started + sliceMs;
    let next = steps.next();
    let now = performance.now();
    while (!next.done && now < until) {
      next = steps.next();
      now = performance.now();
    }
    busyMs += now - started;
    if (next.done) return { value: next.value, busyMs };
    await setImmediate();
    if (stopping && onShutdown === 'hand back') throw new HandBack();
    if (!goOn(next.value)) return null;
  }
}

/**
 * runInSlices with the progress after each slice reported through ProgressReports (throttled, one
 * in flight): what the steps returned, once the last report is through, or null when a report
 * found the run ended (cancelled, failed).
 */
export async function runReporting<P, R>(
  steps: Iterator<P, R>,
  report: (progress: P) => Promise<boolean>,
): Promise<SlicedResult<R> | null> {
  const reports = new ProgressReports<P>(report);
  const done = await runInSlices(steps, reports.goOn);
  if (done) await reports.idle();
  return done;
}

/** Runs work one at a time, in the order asked. */
export class Turns {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(work);
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}

/**
 * A job's progress reports: one in flight at a time and at most one per REPORT_MS, so counts
 * arrive in order. `ended` tells whether one answered that the run ended (cancelled, failed), and
 * throws the failure of one that could not be sent.
 */
export class ProgressReports<P = number> {
  private inFlight: Promise<boolean> = Promise.resolve(true);
  private settled = true;
  private sentAt = -Infinity;
  private runEnded = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly report: (done: P) => Promise<boolean>) {}

  /** Reports `done` unless a report is still in flight or the last went out less than REPORT_MS ago. */
  send(done: P): void {
    if (!this.settled || performance.now() - this.sentAt < REPORT_MS) return;
    this.settled = false;
    this.sentAt = performance.now();
    this.inFlight = this.report(done);
    this.inFlight.then(
      (active) => {
        this.settled = true;
        if (!active) this.runEnded = true;
      },
      (error: unknown) => {
        this.settled = true;
        this.failure = { error };
      },
    );
  }

  ended(): boolean {
    if (this.failure) throw this.failure.error;
    return this.runEnded;
  }

  /** Resolves once no report is in flight (rejects as one that failed). */
  async idle(): Promise<void> {
    await this.inFlight;
  }

  /**
   * For runInSlices: reports the progress of a slice and says whether to go on (not once a report
   * found the run ended; a report that failed throws).
   */
  readonly goOn = (progress: P): boolean => {
    if (this.ended()) return false;
    this.send(progress);
    return true;
  };

  /** The final count, after any report in flight. */
  async last(done: P): Promise<boolean> {
    await this.inFlight;
    return this.report(done);
  }
}
