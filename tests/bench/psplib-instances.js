// Shared by the PSPLIB command and benchmark: expands paths to .sm files and loads the engine
// straight from its TypeScript sources.
const fs = require('fs');
const path = require('path');
require('./register-typescript');

const engine = require('../../libs/planning/src/index.ts');

/** PATHs (files or folders) → sorted list of .sm files, folders in natural order (j301_2 before j301_10). */
function expandPaths(paths) {
  const files = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new Error(`no such file or folder: ${p}`);
    if (fs.statSync(p).isDirectory()) {
      const names = fs
        .readdirSync(p)
        .filter((f) => f.endsWith('.sm'))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      for (const f of names) files.push(path.join(p, f));
    } else {
      files.push(p);
    }
  }
  return files;
}

function loadInstance(file) {
  return engine.parsePsplib(fs.readFileSync(file, 'utf8'));
}

module.exports = { engine, expandPaths, loadInstance };
