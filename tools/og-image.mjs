// Renders the share card (`cargo run --example share_card`, an SVG) to the PNG that link
// previews show, static/og-image.png, at 1200×675, with the SVG's SHA-256 in a tEXt chunk
// ("jinan-share-card-sha256") so that a test can tell whether the PNG is current.
// Usage: node tools/og-image.mjs <card.svg> <out.png>   (run by `make og-image`)
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { launch } from './chromium.mjs';

const [svgPath, outPath] = process.argv.slice(2);
if (!svgPath || !outPath) {
  console.error('usage: node tools/og-image.mjs <card.svg> <out.png>');
  process.exit(2);
}
const svg = await readFile(svgPath, 'utf8');
const hash = createHash('sha256').update(svg, 'utf8').digest('hex');

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 675 }, deviceScaleFactor: 1 });
await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
const png = await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 675 } });
await browser.close();

/** The PNG with a tEXt chunk inserted after its header chunk. */
function withText(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const type = Buffer.from('tEXt', 'latin1');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])) >>> 0);
  const headerEnd = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, data and CRC
  return Buffer.concat([png.subarray(0, headerEnd), len, type, data, crc, png.subarray(headerEnd)]);
}

await writeFile(outPath, withText(png, 'jinan-share-card-sha256', hash));
console.log(`${outPath} written (1200×675, share card ${hash.slice(0, 12)})`);
