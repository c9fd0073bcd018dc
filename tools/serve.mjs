// A static server for dist/ that sends the headers in dist/_headers (the format Netlify and
// Cloudflare Pages read), so that local runs and tests see the production policy.
// With `brotli`, text and wasm go out brotli-compressed to a browser that accepts it, as a CDN
// sends them (the benchmark's setting).
// Usage: node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /tools/jinan/] [--brotli 1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);
const compressed = new Map();
function brotli(file, bytes) {
  if (!compressed.has(file)) compressed.set(file, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return compressed.get(file);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Parses a `_headers` file: `path-pattern` lines, each followed by indented `Name: value` lines. */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const i = line.indexOf(':');
      if (current && i > 0) current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    } else {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
    }
  }
  return rules;
}

function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** Starts the server; resolves to { server, url, release }. `override` replaces header values by
 * name. A request whose path matches `hold` is answered only once `release()` is called (the
 * tests hold the wasm back this way in browsers that cannot hold a request themselves). */
export async function serve({ dir = 'dist', port = 8080, host = '127.0.0.1', base = '/', override = {}, extraDirs = {}, compress = false, hold = null } = {}) {
  let release;
  const released = new Promise((r) => (release = r));
  const root = resolve(dir);
  let rules = [];
  try {
    rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers: serve without them.
  }
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let path = decodeURIComponent(url.pathname);
      if (hold && hold.test(path)) await released;
      let fsRoot = root;
      for (const [prefix, d] of Object.entries(extraDirs)) {
        if (path.startsWith(prefix)) {
          fsRoot = resolve(d);
          path = '/' + path.slice(prefix.length);
        }
      }
      if (fsRoot === root) {
        if (!path.startsWith(base)) {
          res.writeHead(404).end('not found');
          return;
        }
        path = '/' + path.slice(base.length);
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(fsRoot, path));
      if (!file.startsWith(fsRoot)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      for (const rule of rules) {
        if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) headers[k] = v;
      }
      for (const [k, v] of Object.entries(override)) {
        if (v === null) delete headers[k];
        else headers[k] = v;
      }
      let body = await readFile(file);
      if (compress && COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        body = brotli(file, body);
        headers['Content-Encoding'] = 'br';
        headers['Vary'] = 'Accept-Encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const addr = server.address();
  return { server, url: `http://${host}:${addr.port}${base}`, release };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
  );
  const { url } = await serve({ dir: args.dir, port: Number(args.port || 8080), host: args.host, base: args.base || '/', compress: Boolean(args.brotli) });
  console.log(`Jinan Pathways: ${url}  (Ctrl-C to stop)`);
}
