// Shared set-up for the browser tests: the static server with the production headers,
// headless Chromium (tools/chromium.mjs), and what several test files ask of a page.
import { before, after } from 'node:test';
import { serve } from '../../tools/serve.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

import { CHROMIUM, launch } from '../../tools/chromium.mjs';
export { CHROMIUM, launch };
export const SHOTS = 'test-output/screenshots';
mkdirSync(SHOTS, { recursive: true });

export async function startServer(opts = {}) {
  return serve({ dir: 'dist', port: 0, ...opts });
}

/** A page that records console errors, page errors, CSP violations and every request. */
export async function openPage(browser, url, { width = 1280, height = 900, locale = 'en-US', colorScheme = 'light', reducedMotion } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, colorScheme, reducedMotion, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log = { errors: [], requests: [], csp: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (url) await page.goto(url);
  return { page, context, log };
}

/** Every text the reader sees in the viewport, as [text, left, top, width, height]: each
 * element's own text (its text nodes together, so that one node or several read the same) with
 * the box its lines cover, the SVG's words too; and every form control on show, with its value
 * (a slider's thumb is where its value puts it). Runs in the page (pass it to `evaluate`, or to a
 * WebDriver as `return (${visibleTexts})()`). */
export function visibleTexts() {
  const out = [];
  const shown = (r) => r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  const round = (v) => Math.round(v * 2) / 2;
  for (const el of document.querySelectorAll('#app *')) {
    // Its text nodes, a space between two of them too (one node or several read the same).
    const nodes = [...el.childNodes].filter((n) => n.nodeType === 3);
    if (!nodes.some((n) => n.textContent.trim()) || getComputedStyle(el).visibility !== 'visible') continue;
    const rects = nodes.flatMap((n) => {
      const r = document.createRange();
      r.selectNodeContents(n);
      return [...r.getClientRects()];
    }).filter(shown);
    if (!rects.length) continue;
    const box = [Math.min(...rects.map((r) => r.left)), Math.min(...rects.map((r) => r.top)), Math.max(...rects.map((r) => r.right)), Math.max(...rects.map((r) => r.bottom))];
    const text = nodes.map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
    out.push([text, round(box[0]), round(box[1]), round(box[2] - box[0]), round(box[3] - box[1])]);
  }
  for (const el of document.querySelectorAll('#app input, #app select')) {
    const r = el.getBoundingClientRect();
    if (!shown(r) || getComputedStyle(el).visibility !== 'visible') continue;
    const v = el.type === 'checkbox' || el.type === 'radio' ? String(el.checked) : el.value;
    out.push([`<${el.tagName.toLowerCase()} ${el.type}=${v}>`, round(r.x), round(r.y), round(r.width), round(r.height)]);
  }
  return out.sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0].localeCompare(b[0]));
}

/** What of `before` (from `visibleTexts`) is not in `after` at the same place: texts that
 * moved, changed or went. */
export function missing(before, after) {
  const left = after.map((x) => JSON.stringify(x));
  const lost = [];
  for (const b of before) {
    const k = JSON.stringify(b);
    const i = left.indexOf(k);
    if (i >= 0) left.splice(i, 1);
    else lost.push(b);
  }
  return lost;
}

/** Waits until the app has taken the first screen over (`data-ready` on <html>, set after its
 * last stage) and drawn its first chart. */
export async function ready(page) {
  await page.waitForSelector('html[data-ready]', { timeout: 20000 });
  await page.waitForSelector('[data-testid="panel-gdp"], [data-testid="panel-pop"], [data-testid="panel-re"]', { timeout: 20000 });
  await page.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name.startsWith('drawn-')), null, { timeout: 20000 });
  // The sections below the fold are built on the first animation frame after mount; two frames
  // later they are certainly in the DOM, so no test reads them before they exist.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** The data-value of a readout. */
export async function value(page, testid) {
  return page.getAttribute(`[data-testid="${testid}"]`, 'data-value');
}

/** Whether a chart shows a drawing: its canvas has a pixel unlike its first, or it is still the
 * first screen's picture of the same drawing (kept by the take-over), with its lines. */
export async function chartDrawn(page, testid) {
  return page.$eval(`[data-testid="${testid}"]`, (c) => {
    const kept = c.closest('[data-adopted]')?.querySelector('svg.fs-chart');
    if (kept) return kept.children.length > 4;
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0) return false;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 4; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return true;
    }
    return false;
  });
}

/** The colour a reader sees at (x, y) CSS pixels of a chart's box (whichever draws it: the
 * canvases or the first screen's picture), as #rrggbb. */
export async function chartPixel(page, testid, x, y) {
  const png = await page.locator(`.chart:has([data-testid="${testid}"])`).screenshot();
  return page.evaluate(async ([b64, x, y]) => {
    const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(x, y, 1, 1).data;
    return '#' + [d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('');
  }, [png.toString('base64'), x, y]);
}

/** Registers a server and a browser for the test file, shared by its tests: `app.url`,
 * `app.browser`. */
export function useApp() {
  const app = {};
  before(async () => {
    Object.assign(app, await startServer());
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}

/** Waits until `check()` (on the test's side, not the page's) is true, polling; fails with
 * `what` after `timeout` ms. For conditions the page cannot be asked about, such as what the
 * console logged. */
export async function until(check, what, timeout = 20000) {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Brings an indicator to the front by its tab, and waits for its panel and chart (drawn, or
 * still the first screen's picture of it). */
export async function front(page, code) {
  await page.click(`[data-testid="tab-${code}"]`);
  await page.waitForSelector(`[data-testid="panel-${code}"]`);
  await page.waitForFunction((c) => {
    const canvas = document.querySelector(`[data-testid="chart-${c}"], [data-testid="chart-re-required"]`);
    return canvas && (Number(canvas.dataset.draws) > 0 || canvas.closest('[data-adopted]'));
  }, code);
}

/** What the model says the tests should find (`examples/expectations.rs`), computed once. */
let expectations;
export function expected() {
  expectations ??= JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'expectations'], { encoding: 'utf8' }));
  return expectations;
}

/** Waits until the second wasm has built every section below the first view. The page loads it
 * when the reader comes near: where it has not started yet (a small screen), scroll down to it
 * as a reader would, and back once it has started. */
export async function sections(page) {
  if ((await value(page, 'more-state')) === 'idle') {
    const y = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => document.getElementById('more').scrollIntoView());
    await page.waitForFunction(() => document.querySelector('[data-testid="more-state"]').dataset.value !== 'idle');
    await page.evaluate((top) => window.scrollTo(0, top), y);
  }
  await page.waitForSelector('[data-testid="sections"] #share', { timeout: 30000 });
  await page.waitForSelector('.page-footer', { timeout: 30000 });
}

/** The link the app writes for today's defaults (the model's own query, from `expected()`),
 * in `lang`, with the parameters in `set` changed: `?v=2&lang=en&from=2022&…`. */
export function defaultLink(lang, set = {}) {
  const parts = expected().current_query.split('&').map((kv) => kv.split('='));
  for (const [k, v] of Object.entries(set)) {
    const p = parts.find(([key]) => key === k);
    assert.ok(p, `${k} is a parameter of the link`);
    p[1] = String(v);
  }
  parts.splice(1, 0, ['lang', lang]);
  return '?' + parts.map((kv) => kv.join('=')).join('&');
}

/** Opens every `<details>`, including those that a lazily built one holds, and waits until each
 * has built its content (the `toggle` event that builds it fires as a task, after `open` is set). */
export async function openAllDetails(page) {
  for (let round = 0; round < 6; round++) {
    const opened = await page.evaluate(async () => {
      const closed = [...document.querySelectorAll('details:not([open])')];
      closed.forEach((d) => (d.open = true));
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => r()));
      return closed.length;
    });
    if (opened === 0) break;
  }
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('details')];
    return all.length > 0 && all.every((d) => d.open && d.children.length > 1);
  });
}

/** The PNG's size, and whether a margin of `edge` pixels all round is the background only. */
export async function inspectPng(page, bytes, edge) {
  return page.evaluate(async ({ b64, edge }) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const at = (x, y) => px.slice((y * bmp.width + x) * 4, (y * bmp.width + x) * 4 + 3).join(',');
    const bg = at(0, 0);
    let inked = 0;
    for (let y = 0; y < bmp.height; y++) {
      for (let x = 0; x < bmp.width; x++) {
        const margin = x < edge || y < edge || x >= bmp.width - edge || y >= bmp.height - edge;
        if (margin && at(x, y) !== bg) inked++;
      }
    }
    return { width: bmp.width, height: bmp.height, inked };
  }, { b64: bytes.toString('base64'), edge });
}

/** Clicks a download button and returns the file as the reader gets it. */
export async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** Predict mode's drawing area on a chart (the years that may be drawn, the drawing's range of
 * values), in the page's CSS pixels, and the point of a year and a value on it: what a reader
 * aims at. `years` are the first and last drawable years; `range` the drawing's [min, max]. */
export async function drawZone(page, code) {
  return page.$eval(`[data-testid="draw-${code}"] .draw-zone`, (z) => {
    const r = z.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
}
export function pointOf(zone, [lo, hi], [min, max], year, value) {
  // The zone runs from half a year before the first drawable year to 0.4 of a year after the
  // last (the chart's own margin), top to bottom from the range's max to its min.
  const x = zone.left + ((year - (lo - 0.5)) / (hi + 0.4 - (lo - 0.5))) * zone.width;
  const y = zone.top + ((max - value) / (max - min)) * zone.height;
  return { x, y };
}

/** The drawing ranges of `scenario::drawing_range`, by indicator. */
export function drawingRange(code) {
  return expected().drawing_range[code];
}
