// Unit tests of the web app's plain TypeScript (no Angular TestBed yet): run with `npx jest -c web/jest.config.js`.
module.exports = {
  ...require('../jest.preset'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
