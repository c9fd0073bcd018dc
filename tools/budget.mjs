// The first view's byte budget, checked on dist/ by `make test`, brotli-compressed at quality 11
// as a CDN serves it. Two figures, for the page and the widget alike (`embed=1` loads the same
// files):
//   - what the first paint needs: the page with its styles (inline since the first screen is
//     built at build time) and any stylesheet it links: at most 30 KB;
//   - the whole first view, everything loaded before the first answer to a slider move: the
//     page (which carries the whole first screen), its scripts and the first wasm. The target is
//     220 KB; it is not met (the first wasm alone is over 230 KB brotli: the framework, the
//     charts and the model's outlook are most of it), so a ceiling holds it where it is and
//     fails a build that grows it. It was 275 KB until predict mode's drawing (the draw surface,
//     the number boxes, the reveal's words) came into the first view, which every reader loads:
//     about 20 KB, since the first view draws the guess on its own chart. Loading that part only
//     in predict mode would need a wasm of its own. The sections' wasm comes when the reader nears them, and is
//     not counted.
// Deterministic, so it is a test; timings are in `make bench`.
// Usage: node tools/budget.mjs [dist]
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const FIRST_PAINT = 30 * 1024;
const TARGET = 220 * 1024;
const CEILING = 300 * 1024;

const dist = process.argv[2] || 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// What the page asks for before the first slider move: its stylesheets, the scripts it
// imports (and what they import, statically), and the wasm its loader fetches.
const linked = [...html.matchAll(/<link[^>]+href="\.\/([^"]+)"/g)].map((m) => m.at(1));
const imports = (text, from) => [...text.matchAll(/\bimport\b[^'";]*['"](\.\/[^'"]+\.js)['"]/g)].map((m) => join(from, m.at(1)));
const fetched = [...html.matchAll(/(?:module_or_path:\s*|fetch\()['"]\.\/([^'"]+\.wasm)['"]/g)].map((m) => m.at(1));
const scripts = [];
for (let queue = imports(html, '.'); queue.length > 0; ) {
  const f = queue.shift();
  if (scripts.includes(f)) continue;
  scripts.push(f);
  queue.push(...imports(await readFile(join(dist, f), 'utf8'), dirname(f)));
}
const files = ['index.html', ...new Set([...linked, ...scripts, ...fetched])];
if (!files.some((f) => f.endsWith('.wasm'))) throw new Error('index.html loads no wasm: has Trunk changed?');
const sizes = [];
for (const f of files) sizes.push([f, br(await readFile(join(dist, f)))]);
const paintFiles = sizes.filter(([f]) => f === 'index.html' || f.endsWith('.css'));
const paint = paintFiles.reduce((a, [, n]) => a + n, 0);
const total = sizes.reduce((a, [, n]) => a + n, 0);
const lines = sizes.map(([f, n]) => `  ${f.padEnd(56)} ${String(n).padStart(8)} B`).join('\n');

console.log(`First paint (HTML, CSS), brotli: ${kb(paint)} (at most ${kb(FIRST_PAINT)}); first view: ${kb(total)} (ceiling ${kb(CEILING)}; target ${kb(TARGET)}, not met)`);
console.log(lines);
let failed = false;
if (paint > FIRST_PAINT) {
  console.error(`What the first paint needs is ${kb(paint)} brotli, over ${kb(FIRST_PAINT)}. The files:\n${paintFiles.map(([f, n]) => `  ${f} ${n} B`).join('\n')}`);
  failed = true;
}
if (total > CEILING) {
  console.error(`The first view is ${kb(total)} brotli, over its ceiling of ${kb(CEILING)}. The files:\n${lines}`);
  failed = true;
}
if (failed) process.exit(1);
