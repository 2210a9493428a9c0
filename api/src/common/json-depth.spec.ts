import { jsonDepth } from './json-depth';

describe('jsonDepth', () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['"[[[[["', 0],
    ['{"a":"\\"[[["}', 1],
    ['[' .repeat(5000) + ']'.repeat(5000), 5000],
  ])('%s is %i deep', (json, depth) => {
    expect(jsonDepth(Buffer.from(json))).toBe(depth);
  });
});
