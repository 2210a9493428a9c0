// Cross-cutting suites that run with `npm test` (external data sets, architecture checks).
// Browser tests (tests/e2e) and benchmarks (tests/bench) have their own commands.
module.exports = {
  ...require('../jest.preset'),
  displayName: 'tests',
  rootDir: __dirname,
  testMatch: ['<rootDir>/suites/**/*.spec.ts'],
};
