import { base64ToBytes, bytesToBase64 } from './base64';
import type { ForecastPartial, SampleBasis } from './simulate';

/** A partial as JSON: the typed arrays as base64 of their little-endian bytes. */
export interface EncodedForecastPartial {
  format: 'wijkkracht-forecast-partial/2';
  seed: number;
  from: number;
  to: number;
  basis: SampleBasis;
  periods: number;
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
    format: 'wijkkracht-forecast-partial/2',
    seed: p.seed,
    from: p.from,
    to: p.to,
    basis: p.basis,
    periods: p.periods,
    disciplines: p.disciplines,
    milestones: p.milestones,
    demand: bytesToBase64(bytesOf(p.demand)),
    shortfall: bytesToBase64(bytesOf(p.shortfall)),
    milestoneFinish: bytesToBase64(bytesOf(p.milestoneFinish)),
    holding: bytesToBase64(bytesOf(p.holding)),
  };
}

export function decodePartial(e: EncodedForecastPartial): ForecastPartial {
  if (e.format !== 'wijkkracht-forecast-partial/2')
    throw new RangeError(`unknown partial format ${JSON.stringify(e.format)}`);
  const buffer = (s: string) => {
    const bytes = base64ToBytes(s);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  return {
    seed: e.seed,
    from: e.from,
    to: e.to,
    basis: e.basis,
    periods: e.periods,
    disciplines: e.disciplines,
    milestones: e.milestones,
    demand: new Int32Array(buffer(e.demand)),
    shortfall: new Int32Array(buffer(e.shortfall)),
    milestoneFinish: new Int32Array(buffer(e.milestoneFinish)),
    holding: new Int8Array(buffer(e.holding)),
  };
}
