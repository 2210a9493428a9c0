import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A uniform source in (0, 1) for one simulation. */
export type Uniform = () => number;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The 32-bit seed of simulation `index`'s own stream, so any chunking of a run draws the same numbers. */
export function streamSeed(seed: number, index: number): number {
  return fmix32(fmix32(seed | 0) ^ Math.imul(index + 1, 0x9e3779b9));
}

/** Simulation `index`'s uniform stream in (0, 1), from xoroshiro128+ (pure-rand) seeded by (seed, index). */
export function simulationStream(seed: number, index: number): Uniform {
  const rng = xoroshiro128plus(streamSeed(seed, index));
  // Neighbouring seeds start in nearby states; skipping the first outputs decorrelates them.
  for (let k = 0; k < 8; k++) rng.next();
  return () => ((rng.next() >>> 0) + 0.5) / 4294967296;
}

/** Inverse CDF of the triangular distribution on [low, high] with its mode at `mode`. */
export function sampleTriangular(uniform: Uniform, low: number, mode: number, high: number): number {
  if (high <= low) return low;
  const u = uniform();
  const c = (mode - low) / (high - low);
  return u < c
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

function sampleNormal(uniform: Uniform): number {
  // Box–Muller; one of the pair is enough and keeps the draw count per call fixed.
  return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Marsaglia–Tsang gamma sampler for shape ≥ 1 (PERT shapes are always ≥ 1). */
function sampleGamma(uniform: Uniform, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(uniform);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** PERT-beta on [low, high] with its mode at `mode` (shape parameter λ = 4). */
export function samplePert(uniform: Uniform, low: number, mode: number, high: number): number {
  if (high <= low) return low;
  const alpha = 1 + (4 * (mode - low)) / (high - low);
  const beta = 1 + (4 * (high - mode)) / (high - low);
  const x = sampleGamma(uniform, alpha);
  const y = sampleGamma(uniform, beta);
  return low + ((high - low) * x) / (x + y);
}
