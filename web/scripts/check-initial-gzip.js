// Build budget in gzipped bytes (issue 6: initial JavaScript ≤ 500 kB gzipped). Angular's own budgets
// count raw bytes, so this runs after `ng build`: it sums the gzipped size of every script the built
// index.html loads at start (entry scripts and their module preloads) and fails the build above the limit.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const LIMIT_KB = Number(process.env.INITIAL_JS_GZIP_LIMIT_KB ?? 500);
const root = join(__dirname, '..', 'dist', 'browser');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const scripts = new Set();
for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) scripts.add(src);
for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) scripts.add(href);
if (scripts.size === 0) throw new Error('no initial scripts found in dist/browser/index.html');
let raw = 0;
let gzipped = 0;
for (const file of scripts) {
  const bytes = readFileSync(join(root, file));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`initial JavaScript: ${scripts.size} files, ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${LIMIT_KB} kB gzipped)`);
if (gzipped > LIMIT_KB * 1000) {
  console.error(`initial JavaScript is ${kb(gzipped)} gzipped, over the budget of ${LIMIT_KB} kB`);
  process.exit(1);
}
