import { samplePert, sampleTriangular, simulationStream, streamSeed } from './random-stream';

describe('seeded sampling', () => {
  it('gives every simulation its own reproducible stream', () => {
    const a = simulationStream(42, 3);
    const b = simulationStream(42, 3);
    const c = simulationStream(42, 4);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(streamSeed(42, 3)).not.toBe(streamSeed(43, 3));
  });

  it('samples PERT and triangular within their bounds, with the expected means', () => {
    const u = simulationStream(1, 0);
    let pert = 0;
    let tri = 0;
    let low = Infinity;
    let high = -Infinity;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const x = samplePert(u, 80, 100, 200);
      const y = sampleTriangular(u, 80, 100, 200);
      low = Math.min(low, x, y);
      high = Math.max(high, x, y);
      pert += x;
      tri += y;
    }
    expect(low).toBeGreaterThanOrEqual(80);
    expect(high).toBeLessThanOrEqual(200);
    expect(pert / n).toBeCloseTo((80 + 4 * 100 + 200) / 6, 0);
    expect(tri / n).toBeCloseTo((80 + 100 + 200) / 3, 0);
    expect(samplePert(u, 50, 50, 50)).toBe(50);
  });
});
