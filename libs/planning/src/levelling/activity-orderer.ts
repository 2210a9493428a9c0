import { CompiledProblem } from './compile-problem';

/**
 * Turns per-activity keys into a precedence-feasible activity list: Kahn's algorithm that always
 * takes the eligible activity with the smallest key (ties by topological rank). Buffers are
 * reused, so ordering costs no allocation besides the result.
 */
export class ActivityOrderer {
  private readonly heap: Int32Array;
  private readonly pending: Int32Array;
  private readonly sortKey: Float64Array;

  constructor(private readonly cp: CompiledProblem) {
    this.heap = new Int32Array(cp.n);
    this.pending = new Int32Array(cp.n);
    this.sortKey = new Float64Array(cp.n);
  }

  /** Smallest key first, every activity after its predecessors. */
  forward(keys: ArrayLike<number>, out: Int32Array): Int32Array {
    this.seedForward(keys);
    return this.drain(out, this.cp.succStart, this.cp.succAct);
  }

  /** Largest key first, every activity after its successors (the order of a backward pass). */
  backward(keys: ArrayLike<number>, out: Int32Array): Int32Array {
    this.seedBackward(keys);
    return this.drain(out, this.cp.predStart, this.cp.predAct);
  }

  // The loops that seed the orderings are functions of their own, with nothing after the loop: V8
  // compiles a long loop on stack replacement during its first call, and code after the loop,
  // compiled before it ever ran, was deoptimized again on every later call (1,249 times in one
  // forecast in a worker).
  private seedForward(keys: ArrayLike<number>): void {
    const { n, predStart, topoRank } = this.cp;
    const pending = this.pending;
    const sortKey = this.sortKey;
    for (let j = 0; j < n; j++) {
      pending[j] = predStart[j + 1] - predStart[j];
      sortKey[j] = keys[j] * (n + 1) + topoRank[j];
    }
  }

  private seedBackward(keys: ArrayLike<number>): void {
    const { n, succStart, topoRank } = this.cp;
    const pending = this.pending;
    const sortKey = this.sortKey;
    for (let j = 0; j < n; j++) {
      pending[j] = succStart[j + 1] - succStart[j];
      sortKey[j] = -keys[j] * (n + 1) + (n - topoRank[j]);
    }
  }

  private drain(out: Int32Array, nextStart: Int32Array, nextAct: Int32Array): Int32Array {
    const n = this.cp.n;
    const heap = this.heap;
    const pending = this.pending;
    let size = 0;
    for (let j = 0; j < n; j++) if (pending[j] === 0) size = this.push(size, j);
    let count = 0;
    while (size > 0) {
      const j = heap[0];
      size--;
      if (size > 0) {
        heap[0] = heap[size];
        this.siftDown(size);
      }
      out[count++] = j;
      for (let k = nextStart[j]; k < nextStart[j + 1]; k++) {
        const s = nextAct[k];
        if (--pending[s] === 0) size = this.push(size, s);
      }
    }
    return out;
  }

  private push(size: number, j: number): number {
    const heap = this.heap;
    const key = this.sortKey;
    let i = size;
    const kj = key[j];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key[heap[parent]] <= kj) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = j;
    return size + 1;
  }

  private siftDown(size: number): void {
    const heap = this.heap;
    const key = this.sortKey;
    const j = heap[0];
    const kj = key[j];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && key[heap[c + 1]] < key[heap[c]]) c++;
      if (key[heap[c]] >= kj) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = j;
  }
}
