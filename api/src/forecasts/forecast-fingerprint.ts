import { createHash } from 'node:crypto';

/**
 * Bump when the engine's forecast semantics or the stored result format change, so that an
 * unchanged plan is recomputed rather than reusing a result made by other rules.
 */
export const FORECAST_FORMAT_VERSION = 1;

/** JSON with object keys sorted and undefined left out: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new RangeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** SHA-256 of the canonical input and parameters: equal fingerprints mean an equal forecast. */
export function forecastFingerprint(input: unknown, parameters: Record<string, unknown>): string {
  return createHash('sha256')
    .update(canonicalJson({ format: FORECAST_FORMAT_VERSION, input, parameters }))
    .digest('hex');
}
