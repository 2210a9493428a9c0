import { canonicalJson, forecastFingerprint } from './forecast-fingerprint';

describe('forecast fingerprints', () => {
  it('do not depend on the order of object keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
    expect(forecastFingerprint({ x: 1, y: 2 }, { seed: 1 })).toBe(
      forecastFingerprint({ y: 2, x: 1 }, { seed: 1 }),
    );
  });

  it('leave out undefined fields, so an absent and an undefined option are the same input', () => {
    expect(forecastFingerprint({ x: 1, y: undefined }, {})).toBe(forecastFingerprint({ x: 1 }, {}));
  });

  it('change with the input and with every parameter', () => {
    const base = forecastFingerprint({ tasks: [1, 2] }, { seed: 1, simulations: 100 });
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(forecastFingerprint({ tasks: [2, 1] }, { seed: 1, simulations: 100 })).not.toBe(base);
    expect(forecastFingerprint({ tasks: [1, 2] }, { seed: 2, simulations: 100 })).not.toBe(base);
    expect(forecastFingerprint({ tasks: [1, 2] }, { seed: 1, simulations: 101 })).not.toBe(base);
  });
});
