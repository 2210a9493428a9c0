import type { ForecastPartial } from '@wijkkracht/planning';
import { LocalChunks } from './local-chunks';

/** A partial of `sims` simulations whose samples take `sims × 8` bytes (demand and shortfall, one cell). */
function partial(from: number, sims: number): ForecastPartial {
  return {
    seed: 1,
    from,
    to: from + sims,
    basis: 'month',
    periods: 1,
    disciplines: 1,
    milestones: 0,
    demand: new Int32Array(sims).fill(from + 1),
    shortfall: new Int32Array(sims),
    milestoneFinish: new Int32Array(0),
    holding: new Int8Array(0),
  };
}

describe('LocalChunks (a worker’s chunks awaiting their merge)', () => {
  it('hands over a run’s chunks by index once, then holds nothing of it', () => {
    const chunks = new LocalChunks();
    chunks.keep('run-a', 1, partial(10, 10));
    chunks.keep('run-a', 0, partial(0, 10));
    chunks.keep('run-b', 0, partial(0, 5));
    const taken = chunks.take('run-a');
    expect([...taken.keys()].sort()).toEqual([0, 1]);
    expect(taken.get(1)!.from).toBe(10);
    expect(chunks.take('run-a').size).toBe(0);
    expect(chunks.heldBytes).toBe(5 * 8);
  });

  it('counts a chunk kept twice (a retry, a stalled twin) once', () => {
    const chunks = new LocalChunks();
    chunks.keep('run-a', 0, partial(0, 10));
    chunks.keep('run-a', 0, partial(0, 10));
    expect(chunks.heldBytes).toBe(10 * 8);
    expect(chunks.take('run-a').size).toBe(1);
    expect(chunks.heldBytes).toBe(0);
  });

  it('drops the oldest runs first when over its budget; their merge reads PostgreSQL instead', () => {
    const chunks = new LocalChunks(250);
    chunks.keep('old', 0, partial(0, 10)); // 80 bytes
    chunks.keep('middle', 0, partial(0, 10));
    chunks.keep('new', 0, partial(0, 10));
    chunks.keep('new', 1, partial(10, 10)); // 320 in all: 'old' goes
    expect(chunks.take('old').size).toBe(0);
    expect(chunks.take('middle').size).toBe(1);
    expect(chunks.take('new').size).toBe(2);
    expect(chunks.heldBytes).toBe(0);
  });

  it('keeps no chunk larger than its whole budget', () => {
    const chunks = new LocalChunks(50);
    chunks.keep('run-a', 0, partial(0, 10));
    expect(chunks.heldBytes).toBe(0);
    expect(chunks.take('run-a').size).toBe(0);
  });

  it('holds chunks of a few runs at most: a failed or cancelled run never takes its own', () => {
    const chunks = new LocalChunks();
    for (let r = 0; r < 6; r++) chunks.keep(`run-${r}`, 0, partial(0, 1));
    expect(chunks.take('run-0').size).toBe(0);
    expect(chunks.take('run-1').size).toBe(0);
    expect(chunks.take('run-5').size).toBe(1);
  });
});
