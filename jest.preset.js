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

// openid-client and its dependencies ship only as ES modules; Jest's CommonJS runtime on Node 20 cannot
// require them, so SWC compiles them to CommonJS like our own code (Node itself loads them with require(esm)).
const ESM_ONLY = ['openid-client', 'oauth4webapi', 'jose'];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swcJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@wijkkracht/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@wijkkracht/planning$': path.join(__dirname, 'libs/planning/src/index.ts'),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
