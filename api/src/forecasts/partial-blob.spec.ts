import type { ForecastPartial } from '@wijkkracht/planning';
import { gzipSync } from 'node:zlib';
import { blobToPartial, partialToBlob } from './partial-blob';

function partial(): ForecastPartial {
  const count = 3;
  const D = 2;
  const P = 5;
  const M = 2;
  return {
    seed: 7,
    from: 9,
    to: 9 + count,
    basis: 'month',
    periods: P,
    disciplines: D,
    milestones: M,
    demand: Int32Array.from({ length: count * D * P }, (_, i) => i * 150),
    shortfall: Int32Array.from({ length: count * D * P }, (_, i) => (i % 3 === 0 ? 0 : i * 7 + 1)),
    milestoneFinish: Int32Array.from([3, -1, 4, 5, 6, -1]),
    holding: Int8Array.from([-1, 1, 0, -1, 1, 1]),
  };
}

describe('chunk blobs', () => {
  it('store a partial exactly, bit for bit', async () => {
    const p = partial();
    const back = await blobToPartial(await partialToBlob(p));
    expect(back).toEqual(p);
    expect(back.demand).toBeInstanceOf(Int32Array);
    expect(back.holding).toBeInstanceOf(Int8Array);
  });

  it('store demand and shortfall zero-suppressed (a bitmap, then the non-zero values), the rest as raw bytes', async () => {
    const p = partial();
    const blob = await partialToBlob(p);
    const nonZero = (a: Int32Array) => a.filter((v) => v !== 0).length;
    const bitmap = Math.ceil(p.demand.length / 8);
    const arrays =
      bitmap +
      4 * nonZero(p.demand) +
      bitmap +
      4 * nonZero(p.shortfall) +
      p.milestoneFinish.byteLength +
      p.holding.byteLength;
    expect(blob.length).toBe(4 + blob.readUInt32LE(0) + arrays);
    expect(arrays).toBeLessThan(
      p.demand.byteLength + p.shortfall.byteLength + p.milestoneFinish.byteLength + p.holding.byteLength,
    );
  });

  it('keep every sample of arrays that are all zeros, all non-zero, or of any length (property)', async () => {
    for (const length of [0, 1, 7, 8, 9, 64, 1001]) {
      for (const fill of [(): number => 0, (i: number) => i + 1, (i: number) => (i % 5 === 0 ? -i - 1 : 0)]) {
        const samples = Int32Array.from({ length }, (_, i) => fill(i));
        const p = {
          ...partial(),
          from: 0,
          to: 1,
          disciplines: 1,
          periods: length,
          demand: samples,
          shortfall: samples.map((v) => v * 2),
          milestones: 0,
          milestoneFinish: new Int32Array(0),
          holding: new Int8Array(0),
        };
        expect(await blobToPartial(await partialToBlob(p))).toEqual(p);
      }
    }
  });

  it('refuse a blob whose bitmap and values disagree', async () => {
    const blob = await partialToBlob(partial());
    const headEnd = 4 + blob.readUInt32LE(0);
    const corrupt = Buffer.from(blob);
    corrupt[headEnd] ^= 0xff; // flips bits of the demand bitmap: more or fewer non-zero samples than stored
    await expect(blobToPartial(corrupt)).rejects.toThrow(/wrong length/);
  });

  // Formats 1 (gzipped) and 2 held weekly float32 hours: read as weekly samples in whole units.
  function weeklyFloatBlob(format: string, p: ForecastPartial): Buffer {
    const head = JSON.stringify({
      format,
      seed: p.seed,
      from: p.from,
      to: p.to,
      weeks: p.periods,
      disciplines: p.disciplines,
      milestones: p.milestones,
    });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(Buffer.byteLength(head));
    const hours = (units: Int32Array) => Buffer.from(Float32Array.from(units, (u) => u / 100).buffer);
    return Buffer.concat([
      length,
      Buffer.from(head),
      hours(p.demand),
      hours(p.shortfall),
      Buffer.from(p.milestoneFinish.buffer),
      Buffer.from(p.holding.buffer),
    ]);
  }

  it.each([
    ['1, gzipped', (b: Buffer) => gzipSync(b), 'wijkkracht-forecast-chunk/1'],
    ['2', (b: Buffer) => b, 'wijkkracht-forecast-chunk/2'],
  ])(
    'still read the weekly blobs of format %s (runs in flight during an upgrade)',
    async (_name, pack, format) => {
      const p = { ...partial(), basis: 'week' as const };
      expect(await blobToPartial(pack(weeklyFloatBlob(format, p)))).toEqual(p);
    },
  );

  it('refuse a blob of another length', async () => {
    const p = partial();
    const short = await partialToBlob({ ...p, holding: p.holding.subarray(0, 5) });
    await expect(blobToPartial(short)).rejects.toThrow(/wrong length/);
  });
});
