// Unit tests (*.spec.ts) and integration tests (*.int-spec.ts) of the API. Integration tests use the
// machine's real PostgreSQL and Redis: the global setup creates a fresh database and queue prefix for
// this run and the teardown drops them, so runs never see each other's data (nor `npm start`'s).
module.exports = {
  ...require('../jest.preset'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
