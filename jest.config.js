// `npm test`: every project's unit tests and the integration tests against the machine's real
// PostgreSQL and Redis (each run in its own database and queue prefix, see api/test/global-setup.ts).
module.exports = {
  // A global option (ignored inside projects): integration hooks start a real app and sign in with argon2id.
  testTimeout: 60000,
  projects: [
    '<rootDir>/libs/contracts',
    '<rootDir>/libs/planning',
    '<rootDir>/api',
    '<rootDir>/web',
    '<rootDir>/tests',
  ],
};
