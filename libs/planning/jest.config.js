module.exports = {
  ...require('../../jest.preset'),
  displayName: 'planning',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
