// After `trunk build`: puts the first screen built at build time and the styles into the page,
// and writes dist/_headers with the production Content-Security-Policy: each inline script
// (Trunk's loader, the first screen's variant script) and style is allowed by its SHA-256, and
// nothing else inline. Also writes dist/sw.js, the service worker that keeps the first view's files for
// use without a network. Run: node tools/postbuild.mjs [dist]
import { readFile, writeFile, readdir, rename } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
let html = await readFile(join(dist, 'index.html'), 'utf8');

// The first screen built at build time (examples/first_screen.rs, whose JSON output is the
// second argument): the script that picks its variant goes into the head, where the CSP allows
// it by its hash (below), and the screen into #app.
const firstScreen = process.argv[3];
if (firstScreen) {
  const fs = JSON.parse(await readFile(firstScreen, 'utf8'));
  const scriptMark = /<!-- first-screen:script[\s\S]*?-->/;
  const bodyMark = '<!-- first-screen:body -->';
  if (!scriptMark.test(html) || !html.includes(bodyMark)) throw new Error('index.html has no first-screen markers');
  html = html.replace(scriptMark, () => `<script>${fs.script}</script>\n  <style>${fs.style}</style>`);
  html = html.replace(bodyMark, () => fs.body);
}
// The first paint needs the page and its styles only: the styles go into the page (one
// request fewer before anything is seen; the CSP allows each <style> by its hash).
// (Run again on a built dist/, as a host that sets OG_BASE_URL may, it finds this done.)
for (const m of [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>/g)]) {
  const css = (await readFile(join(dist, m[1]), 'utf8')).trim();
  html = html.replace(m[0], () => `<style>${css}</style>`);
}
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (styles.length === 0) throw new Error('index.html has no styles: has Trunk changed?');
// The first paint needs the page alone; the first view's files are asked for as early as that
// allows. The loader (which runs once the page is parsed) imports the bindings and fetches the
// wasm once the browser reports the first screen painted, so that nothing but the page is
// fetched before the first paint; except where the page itself was slow to come (time
// to its first byte of 300 ms or more, a phone's network): there the head's script has asked
// for the wasm at once (`window.__fs.wasm`, at low priority), since its answer cannot arrive
// before the page's bytes have. The head's script finds the files in meta[name=jinan-wasm].
// Trunk's static import of the loader, and its preloads, would be fetched beside the page: they
// go.
const loader = /import init, \* as bindings from '(\.\/[^']+\.js)';\n/;
const initCall = /const wasm = await init\(\{ module_or_path: '(\.\/[^']+_bg\.wasm)' \}\);/;
if (!html.includes('const wasmFile = ')) {
  const js = html.match(loader);
  const wasmCall = html.match(initCall);
  if (!js || !wasmCall) throw new Error("Trunk's loader has changed: no `import init, * as bindings from` and `const wasm = await init({ module_or_path: … })`");
  html = html.replace(loader, '');
  html = html.replace(/<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>/, '');
  html = html.replace(/<link rel="modulepreload" [^>]*>/g, '');
  // The first paint, as the browser reports it (the first screen shows whole, so it is the
  // largest paint too); at most 250 ms, where the browser does not report paints.
  const painted = "await new Promise((r) => { if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) return setTimeout(r, 250); const o = new PerformanceObserver((l) => { if (l.getEntriesByName('first-contentful-paint').length) { o.disconnect(); r(); } }); o.observe({ type: 'paint', buffered: true }); setTimeout(() => { o.disconnect(); r(); }, 250); });";
  const early = `const early = window.__fs && window.__fs.wasm;\nif (!early) ${painted}`;
  html = html.replace(initCall, () => `${early}\nconst wasmFile = early || fetch('${wasmCall[1]}');\nconst bindings = await import('${js[1]}');\nconst init = bindings.default;\nconst wasm = await init({ module_or_path: wasmFile });`);
  html = html.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n  <meta name="jinan-wasm" content="${js[1]} ${wasmCall[1]}">`);
}

await writeFile(join(dist, 'index.html'), html);
const styleHashes = styles.map((c) => `'sha256-${createHash('sha256').update(c, 'utf8').digest('base64')}'`);

// The sections' wasm is built by Trunk as a worker-type asset, under its plain name (Trunk does
// not load it). Give its files content-hashed names, like the first view's, and tell the first
// view where they are.
const more = ['jinan-more.js', 'jinan-more_bg.wasm'];
const present = await Promise.all(more.map((f) => readFile(join(dist, f)).then(() => true, () => false)));
if (present.every(Boolean)) {
  const h = createHash('sha256');
  for (const f of more) h.update(await readFile(join(dist, f)));
  const tag = h.digest('hex').slice(0, 16);
  const named = [`jinan-more-${tag}.js`, `jinan-more-${tag}_bg.wasm`];
  for (let i = 0; i < more.length; i++) await rename(join(dist, more[i]), join(dist, named[i]));
  html = html.replace(/<meta name="jinan-more"[^>]*>\n?/, '');
  html = html.replace('</head>', `  <meta name="jinan-more" content="./${named[0]} ./${named[1]}">\n</head>`);
  await writeFile(join(dist, 'index.html'), html);
} else if (!html.includes('name="jinan-more"')) {
  throw new Error('the sections\' wasm (jinan-more.js, jinan-more_bg.wasm) is missing: has Trunk changed?');
}
// Link previews want og:image as an absolute address: where the site's address is known at
// build time (OG_BASE_URL, ending in /), give it.
const base = process.env.OG_BASE_URL;
if (base) {
  const absolute = new URL('og-image.png', base).href;
  html = html.replace(/(<meta property="og:image" content=")[^"]*"/, `$1${absolute}"`);
  html = html.replace(/(<meta property="og:url" content=")[^"]*"/, `$1${new URL(base).href}"`);
  await writeFile(join(dist, 'index.html'), html);
}
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('no inline loader found in index.html: has Trunk changed?');
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);

export const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self' ${styleHashes.join(' ')}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const headers = `# Written by tools/postbuild.mjs at build time. The nginx equivalent is in README.md.
/*
  Content-Security-Policy: ${csp}
  Referrer-Policy: no-referrer
  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()
  X-Content-Type-Options: nosniff
`;
// The app's files: the page and what Trunk built (hashed names), not the host script or the
// examples. The snippets wasm-bindgen writes (small JS modules the first view imports) are kept
// too, for the offline copy, but their names carry no content hash.
const built = (await readdir(dist)).filter((f) => /\.(js|wasm|css)$/.test(f) && f !== 'embed.js' && f !== 'sw.js').sort();
const snippets = [];
async function walk(dir) {
  for (const e of await readdir(join(dist, dir), { withFileTypes: true }).catch(() => [])) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) await walk(p);
    else if (p.endsWith('.js')) snippets.push(p);
  }
}
await walk('snippets');
for (const f of built) {
  if (!/-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(f)) throw new Error(`${f} has no content hash: has Trunk changed?`);
}

// A built file's name changes with its content, so browsers may keep it for a year without
// asking again; the page, the worker and the host script keep the host's default revalidation.
// (Paths are from the site's root: under a sub-path, only the `/*` rule applies.)
const immutable = built.map((f) => `/${f}\n  Cache-Control: public, max-age=31536000, immutable\n`).join('');
await writeFile(join(dist, '_headers'), headers + immutable);
console.log(`dist/_headers written (${hashes.length} inline script hash, ${built.length} immutable files)`);

// The cache's name carries a hash of the files' contents, so a new build installs a new cache
// and the old one is deleted.
const version = createHash('sha256');
for (const f of ['index.html', ...built, ...snippets]) version.update(f).update(await readFile(join(dist, f)));
const cacheName = `jinan-pathways-${version.digest('hex').slice(0, 16)}`;
const sw = `// Written by tools/postbuild.mjs. Keeps the first view's own files in Cache Storage, so that
// the page opens again without a network once it has loaded. Nothing else is stored.
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(['./', ...built, ...snippets])};

self.addEventListener('install', (event) => {
  // The page has just loaded these: take them from the HTTP cache rather than download them again.
  const requests = FILES.map((f) => new Request(f, { cache: 'force-cache' }));
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('jinan-pathways-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The network first, so that a new version is seen at once; the kept page when there is none.
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true }).then((r) => r || Response.error())));
    return;
  }
  // Built files have content-hashed names: a kept copy is always the right one.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
`;
await writeFile(join(dist, 'sw.js'), sw);
console.log(`dist/sw.js written (cache ${cacheName}, ${built.length + snippets.length + 1} files)`);
