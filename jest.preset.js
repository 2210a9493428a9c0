// Shared Jest settings: SWC compiles TypeScript (with Nest's legacy decorators and their metadata),
// and the @wijkkracht/* aliases resolve to library sources, so tests never need a prior build.
const path = require('path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@wijkkracht/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@wijkkracht/planning$': path.join(__dirname, 'libs/planning/src/index.ts'),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
