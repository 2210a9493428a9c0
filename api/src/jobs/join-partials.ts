import type { ForecastPartial } from '@wijkkracht/planning';

/**
 * Joins consecutive partials of one chunk (simulated one at a time so the worker can report and
 * renew its lock in between) into the partial of the whole chunk. The engine's concatPartials
 * only accepts ranges that start at 0, i.e. a whole run.
 */
export function joinPartials(parts: readonly ForecastPartial[]): ForecastPartial {
  if (parts.length === 0) throw new RangeError('nothing to join');
  if (parts.length === 1) return parts[0];
  const first = parts[0];
  for (let k = 1; k < parts.length; k++) {
    if (parts[k].from !== parts[k - 1].to)
      throw new RangeError(`partials not consecutive at ${parts[k].from}`);
  }
  const cat = <T extends Float32Array | Int32Array | Int8Array>(
    make: (n: number) => T,
    pick: (p: ForecastPartial) => T,
  ): T => {
    const out = make(parts.reduce((n, p) => n + pick(p).length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(pick(p), at);
      at += pick(p).length;
    }
    return out;
  };
  return {
    ...first,
    to: parts[parts.length - 1].to,
    demand: cat(
      (n) => new Float32Array(n),
      (p) => p.demand,
    ),
    shortfall: cat(
      (n) => new Float32Array(n),
      (p) => p.shortfall,
    ),
    milestoneFinish: cat(
      (n) => new Int32Array(n),
      (p) => p.milestoneFinish,
    ),
    holding: cat(
      (n) => new Int8Array(n),
      (p) => p.holding,
    ),
  };
}
