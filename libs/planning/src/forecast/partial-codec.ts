import { base64ToBytes, bytesToBase64 } from './base64';
import type { ForecastPartial } from './simulate';

/** A partial as JSON: the typed arrays as base64 of their little-endian bytes. */
export interface EncodedForecastPartial {
  format: 'wijkkracht-forecast-partial/1';
  seed: number;
  from: number;
  to: number;
  weeks: number;
  disciplines: number;
  milestones: number;
  demand: string;
  shortfall: string;
  milestoneFinish: string;
  holding: string;
}

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** For the job layer: store a chunk's samples compactly and exactly in JSON. */
export function encodePartial(p: ForecastPartial): EncodedForecastPartial {
  return {
    format: 'wijkkracht-forecast-partial/1',
    seed: p.seed,
    from: p.from,
    to: p.to,
    weeks: p.weeks,
    disciplines: p.disciplines,
    milestones: p.milestones,
    demand: bytesToBase64(bytesOf(p.demand)),
    shortfall: bytesToBase64(bytesOf(p.shortfall)),
    milestoneFinish: bytesToBase64(bytesOf(p.milestoneFinish)),
    holding: bytesToBase64(bytesOf(p.holding)),
  };
}

export function decodePartial(e: EncodedForecastPartial): ForecastPartial {
  if (e.format !== 'wijkkracht-forecast-partial/1')
    throw new RangeError(`unknown partial format ${JSON.stringify(e.format)}`);
  const buffer = (s: string) => {
    const bytes = base64ToBytes(s);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  return {
    seed: e.seed,
    from: e.from,
    to: e.to,
    weeks: e.weeks,
    disciplines: e.disciplines,
    milestones: e.milestones,
    demand: new Float32Array(buffer(e.demand)),
    shortfall: new Float32Array(buffer(e.shortfall)),
    milestoneFinish: new Int32Array(buffer(e.milestoneFinish)),
    holding: new Int8Array(buffer(e.holding)),
  };
}
