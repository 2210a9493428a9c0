// pure-rand only publishes subpath exports, which the workspace's `node` module resolution cannot
// see; these declarations describe the two entry points the solver uses.
declare module 'pure-rand/generator/xoroshiro128plus' {
  export interface RandomGenerator {
    clone(): RandomGenerator;
    next(): number;
    getState(): readonly number[];
  }
  export function xoroshiro128plus(seed: number): RandomGenerator;
}
