// `npm run test:e2e`: the browser smoke test against the built app (api/dist + web/dist), started once
// for the whole run by global-setup.ts on its own port, database and queue prefix, and removed afterwards.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  testTimeout: 120_000,
};
