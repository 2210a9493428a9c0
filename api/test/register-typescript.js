// Lets a child process run the API's TypeScript sources without a build (worker processes in
// integration tests and benchmarks): @swc/core compiles each .ts file on require, with Nest's
// legacy decorators and their metadata, and @wijkkracht/* resolve to the library sources.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { transformSync } = require('@swc/core');

const root = path.join(__dirname, '..', '..');
const aliases = {
  '@wijkkracht/contracts': path.join(root, 'libs/contracts/src/index.ts'),
  '@wijkkracht/planning': path.join(root, 'libs/planning/src/index.ts'),
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, ...rest) {
  return resolve.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
