import type { ForecastPartial } from '@wijkkracht/planning';
import { blobToPartial, partialToBlob } from './partial-blob';

function partial(): ForecastPartial {
  const count = 3;
  const D = 2;
  const W = 5;
  const M = 2;
  return {
    seed: 7,
    from: 9,
    to: 9 + count,
    weeks: W,
    disciplines: D,
    milestones: M,
    demand: Float32Array.from({ length: count * D * W }, (_, i) => i * 1.5),
    shortfall: Float32Array.from({ length: count * D * W }, (_, i) => (i % 3 === 0 ? 0 : i / 7)),
    milestoneFinish: Int32Array.from([3, -1, 4, 5, 6, -1]),
    holding: Int8Array.from([-1, 1, 0, -1, 1, 1]),
  };
}

describe('chunk blobs', () => {
  it('store a partial exactly, bit for bit', async () => {
    const p = partial();
    const back = await blobToPartial(await partialToBlob(p));
    expect(back).toEqual(p);
    expect(back.demand).toBeInstanceOf(Float32Array);
    expect(back.holding).toBeInstanceOf(Int8Array);
  });

  it('refuse a blob of another length', async () => {
    const p = partial();
    const short = await partialToBlob({ ...p, holding: p.holding.subarray(0, 5) });
    await expect(blobToPartial(short)).rejects.toThrow(/wrong length/);
  });
});
