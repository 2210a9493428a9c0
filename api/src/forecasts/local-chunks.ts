import type { ForecastPartial } from '@wijkkracht/planning';

/** Memory a worker process may hold in chunks awaiting their merge (1,000 monthly simulations of the large gemeente take 29 MB). */
const BUDGET_BYTES = 256 * 1024 * 1024;
/** Runs it holds chunks of at most: a run that failed or was cancelled never comes to take its own. */
const MAX_RUNS = 4;

const bytesOf = (p: ForecastPartial) =>
  p.demand.byteLength + p.shortfall.byteLength + p.milestoneFinish.byteLength + p.holding.byteLength;

/**
 * The chunks this worker process computed, kept until their run's merge: a merge on the same
 * worker takes them from here and reads only the others from PostgreSQL (with one worker, none),
 * so no samples make the round trip through the database and back into the process that made them.
 *
 * PostgreSQL stays the record: a merge starts only when every chunk is stored there, and whatever
 * is not here (another worker's chunk, a chunk from before a restart, one evicted for memory) is
 * read from it. A chunk's samples depend only on the run's input, seed and range, so the copy here
 * equals the stored one even when a twin stored first. Provided by a factory (ForecastsModule):
 * its one parameter is the budget, for tests.
 */
export class LocalChunks {
  /** Per run (in the order first kept, oldest first), its chunks by index. */
  private readonly runs = new Map<string, Map<number, ForecastPartial>>();
  private bytes = 0;

  constructor(private readonly budget = BUDGET_BYTES) {}

  keep(runId: string, chunkIndex: number, partial: ForecastPartial): void {
    const size = bytesOf(partial);
    if (size > this.budget) return;
    let chunks = this.runs.get(runId);
    if (!chunks) this.runs.set(runId, (chunks = new Map()));
    const replaced = chunks.get(chunkIndex);
    if (replaced) this.bytes -= bytesOf(replaced);
    chunks.set(chunkIndex, partial);
    this.bytes += size;
    // Over budget, the oldest runs go first: their merge reads them from PostgreSQL instead.
    for (const [oldest, held] of this.runs) {
      if (this.bytes <= this.budget && this.runs.size <= MAX_RUNS) break;
      this.drop(oldest, held);
    }
  }

  /** Hands over (and forgets) the chunks held for a run, by chunk index. */
  take(runId: string): Map<number, ForecastPartial> {
    const chunks = this.runs.get(runId) ?? new Map<number, ForecastPartial>();
    this.drop(runId, chunks);
    return chunks;
  }

  /** Bytes held, for tests and metrics. */
  get heldBytes(): number {
    return this.bytes;
  }

  private drop(runId: string, chunks: Map<number, ForecastPartial>): void {
    for (const p of chunks.values()) this.bytes -= bytesOf(p);
    this.runs.delete(runId);
  }
}
