import type { ForecastPartial } from '@wijkkracht/planning';
import { gzipSync } from 'node:zlib';
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

  it('store the raw bytes, uncompressed', async () => {
    const p = partial();
    const blob = await partialToBlob(p);
    const arrays = p.demand.byteLength + p.shortfall.byteLength + p.milestoneFinish.byteLength + p.holding.byteLength;
    expect(blob.length).toBe(4 + blob.readUInt32LE(0) + arrays);
  });

  it('still read the gzipped blobs of format 1 (runs in flight during an upgrade)', async () => {
    const p = partial();
    const current = await partialToBlob(p);
    const head = JSON.stringify({ ...JSON.parse(current.subarray(4, 4 + current.readUInt32LE(0)).toString()), format: 'wijkkracht-forecast-chunk/1' });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(Buffer.byteLength(head));
    const v1 = gzipSync(Buffer.concat([length, Buffer.from(head), current.subarray(4 + current.readUInt32LE(0))]));
    expect(await blobToPartial(v1)).toEqual(p);
  });

  it('refuse a blob of another length', async () => {
    const p = partial();
    const short = await partialToBlob({ ...p, holding: p.holding.subarray(0, 5) });
    await expect(blobToPartial(short)).rejects.toThrow(/wrong length/);
  });
});
