import type { ForecastPartial } from '@wijkkracht/planning';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const FORMAT = 'wijkkracht-forecast-chunk/2';
/** Blobs of format 1 were gzipped; runs in flight during an upgrade may still hold them. */
const GZIPPED_FORMAT = 'wijkkracht-forecast-chunk/1';
const GZIP_MAGIC = 0x8b1f;

interface Header {
  format: typeof FORMAT | typeof GZIPPED_FORMAT;
  seed: number;
  from: number;
  to: number;
  weeks: number;
  disciplines: number;
  milestones: number;
}

/**
 * A chunk's samples as a blob for PostgreSQL: a small JSON header and the typed arrays' raw bytes.
 * Not compressed: gzip (even at level 1) cost a third of a chunk's compute time on the large
 * gemeente (2.2 s per 1,000 simulations, plus 0.55 s to unpack at the merge), far more than
 * moving the bytes; the column is stored without compression too (migration 1764101400000).
 * (The engine's JSON/base64 codec costs a quarter of a chunk's compute time at this size.)
 */
export async function partialToBlob(p: ForecastPartial): Promise<Buffer> {
  const header: Header = {
    format: FORMAT,
    seed: p.seed,
    from: p.from,
    to: p.to,
    weeks: p.weeks,
    disciplines: p.disciplines,
    milestones: p.milestones,
  };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([length, head, bytes(p.demand), bytes(p.shortfall), bytes(p.milestoneFinish), bytes(p.holding)]);
}

export async function blobToPartial(blob: Buffer): Promise<ForecastPartial> {
  const raw = blob.length >= 2 && blob.readUInt16LE(0) === GZIP_MAGIC ? await gunzipAsync(blob) : blob;
  const headLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headLength).toString('utf8')) as Header;
  if (header.format !== FORMAT && header.format !== GZIPPED_FORMAT) throw new RangeError(`unknown chunk format ${JSON.stringify(header.format)}`);
  const count = header.to - header.from;
  const samples = count * header.disciplines * header.weeks;
  let at = 4 + headLength;
  // Copy into fresh buffers: typed arrays need aligned offsets, a Buffer slice may not be.
  const take = (bytes: number) => {
    const out = new ArrayBuffer(bytes);
    new Uint8Array(out).set(raw.subarray(at, at + bytes));
    at += bytes;
    return out;
  };
  const demand = new Float32Array(take(samples * 4));
  const shortfall = new Float32Array(take(samples * 4));
  const milestoneFinish = new Int32Array(take(count * header.milestones * 4));
  const holding = new Int8Array(take(count * header.milestones));
  if (at !== raw.length) throw new RangeError('chunk blob has the wrong length');
  const { format: _format, ...rest } = header;
  return { ...rest, demand, shortfall, milestoneFinish, holding };
}
