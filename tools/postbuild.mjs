// After `trunk build`: writes dist/_headers with the production Content-Security-Policy. Trunk's
// loader is an inline module script, so its SHA-256 goes into script-src; nothing else inline
// is allowed. Run: node tools/postbuild.mjs [dist]
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('no inline loader found in index.html: has Trunk changed?');
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);

export const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
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
await writeFile(join(dist, '_headers'), headers);
console.log(`dist/_headers written (${hashes.length} inline script hash)`);
