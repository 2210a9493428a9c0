/** Progress reports of a chunk at most this often. */
export const REPORT_MS = 250;

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
 * A chunk's progress reports: one in flight at a time and at most one per REPORT_MS, so counts
 * arrive in order. `ended` tells whether one answered that the run ended (cancelled, failed), and
 * throws the failure of one that could not be sent.
 */
export class ChunkReports {
  private inFlight: Promise<boolean> = Promise.resolve(true);
  private settled = true;
  private sentAt = -Infinity;
  private runEnded = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly report: (done: number) => Promise<boolean>) {}

  /** Reports `done` unless a report is still in flight or the last went out less than REPORT_MS ago. */
  send(done: number): void {
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

  /** The final count, after any report in flight. */
  async last(done: number): Promise<boolean> {
    await this.inFlight;
    return this.report(done);
  }
}
