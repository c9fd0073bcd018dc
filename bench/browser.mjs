// `make bench`, browser half: Jinan Pathways against the reference page (../shared/bench-peer/,
// the same three pathways in Chart.js 4.6.1 from npm), in one run, both served with brotli:
//   1. what the first view transfers (brotli), the full page and the widget;
//   2. navigation → the first chart on screen (a canvas with ink, or the first screen's picture
//      of the chart, shown), median of 7 cold loads at 1× CPU;
//   2b. the first answer on a phone: navigation → the first change of the page that answers a
//      slider move (the readout beside it), with a reader who moves the slider as soon as it
//      is on screen, under DevTools' slow 4G and 4× CPU at 390×844, brotli, 5 loads each;
//   3. main-thread work per slider move (CDP TaskDuration: script, style, layout, paint), p95,
//      at 1× and 4× CPU;
//   4. Lighthouse 12.2.3, mobile preset: performance, FCP, LCP, TBT, speed index, CLS (reports
//      in test-output/);
//   5. the longest task while the first view is taken over, at 4× CPU.
// Figures and ratios, never pass/fail: the machines are shared and noisy. The byte budget, which
// is deterministic, is enforced by `make test` (tests/budget.mjs).
import { readFile, mkdir, mkdtemp, cp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { launch, openPage, ready, CHROMIUM } from '../tests/browser/helpers.mjs';
import { serve } from '../tools/serve.mjs';

const PEER_SRC = process.env.BENCH_PEER || '../shared/bench-peer';
const LIGHTHOUSE = process.env.LIGHTHOUSE || '.tools/lighthouse/node_modules/.bin/lighthouse';
const OUT = 'test-output';
await mkdir(OUT, { recursive: true });

const median = (xs) => pct(xs, 50);
function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// The reference page, with Chart.js from npm beside it.
const peerDir = await mkdtemp(join(tmpdir(), 'jinan-peer-'));
await cp(PEER_SRC, peerDir, { recursive: true });
await cp('node_modules/chart.js/dist/chart.umd.min.js', join(peerDir, 'chart.umd.min.js'));
const app = await serve({ dir: 'dist', port: 0, compress: true });
const peer = await serve({ dir: peerDir, port: 0, compress: true });
const browser = await launch();

/** The same-origin files a page asked for until its first chart (the app: until the second
 * wasm, which comes when the browser is idle, is asked for), with their brotli sizes. */
async function firstView(url, isApp) {
  const { page, context, log } = await openPage(browser, url);
  if (isApp) await ready(page);
  else await page.waitForLoadState('load');
  const origin = new URL(url).origin;
  const asked = [...new Set(log.requests.filter((r) => r.startsWith(origin)))];
  await context.close();
  const files = [];
  for (const r of asked) {
    const path = new URL(r).pathname.replace(/^\//, '') || 'index.html';
    if (isApp && path.startsWith('jinan-more')) continue;
    const dir = isApp ? 'dist' : peerDir;
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) continue;
    const bytes = await readFile(file);
    files.push({ path, raw: bytes.length, br: br(bytes) });
  }
  return files;
}

/** Milliseconds from navigation start to the first chart on screen: a canvas with a pixel unlike
 * its first, or an SVG picture of a chart that is shown; polled every animation frame from the
 * moment the document exists. */
async function firstChart(url) {
  const { page, context } = await openPage(browser, null);
  await page.addInitScript(() => {
    const look = () => {
      if ([...document.querySelectorAll('svg.fs-chart')].some((s) => s.checkVisibility({ visibilityProperty: true }))) {
        window.__firstChart = performance.now();
        return;
      }
      for (const c of document.querySelectorAll('canvas')) {
        if (!c.width || !c.height) continue;
        const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
        if (!d) continue;
        for (let i = 4; i < d.length; i += 4) {
          if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) {
            window.__firstChart = performance.now();
            return;
          }
        }
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 30000 });
  const t = await page.evaluate(() => window.__firstChart);
  await context.close();
  return t;
}

// DevTools' slow 4G (Lighthouse's devtools throttling: 150 ms RTT × 3.75, 1.6 Mbps × 0.9 down,
// 750 kbps × 0.9 up) and 4× CPU.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

/** The first answer on a phone: milliseconds from navigation to the first change of `readout`
 * after a reader has moved `slider` (every 50 ms from the moment both are on screen), under
 * slow 4G and 4× CPU at 390×844; with the time of the first move, and of the wasm's arrival. */
async function firstAnswer(url, slider, readout) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(([slider, readout]) => {
    let first = null;
    const shown = (sel) => [...document.querySelectorAll(sel)].find((e) => e.checkVisibility({ visibilityProperty: true }));
    const tick = () => {
      const s = shown(slider);
      const r = shown(readout);
      if (s && r) {
        if (first === null) {
          first = r.textContent;
          window.__move = performance.now();
        } else if (r.textContent !== first) {
          window.__answer = performance.now();
          return;
        }
        s.value = '7';
        s.dispatchEvent(new Event('input', { bubbles: true }));
      }
      setTimeout(tick, 50);
    };
    tick();
  }, [slider, readout]);
  await page.goto(url);
  await page.waitForFunction(() => window.__answer !== undefined, null, { timeout: 60000, polling: 100 });
  const t = await page.evaluate(() => ({
    move: window.__move,
    answer: window.__answer,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
  }));
  await context.close();
  return t;
}

/** Main-thread time (CDP TaskDuration) per slider move: the slider focused, an arrow key pressed
 * through CDP, and the time counted until two frames later, so paint is included. */
async function sliderCost(url, selector, throttle, moves = 60) {
  const { page, context } = await openPage(browser, url);
  if (url.startsWith(app.url)) await ready(page);
  else await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.focus(selector);
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  const costs = [];
  for (let i = 0; i < moves; i++) {
    const key = i % 40 < 20 ? 'ArrowRight' : 'ArrowLeft';
    await frames();
    const before = await task();
    await page.keyboard.press(key);
    await frames();
    costs.push(((await task()) - before) * 1000);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return costs;
}

/** The longest main-thread tasks from navigation until the first view is taken over (or, for
 * the reference page, until it has loaded and drawn), at `throttle`× CPU. */
async function mountTasks(url, isApp, throttle) {
  const { page, context } = await openPage(browser, null);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  if (isApp) await page.waitForSelector('html[data-ready]', { timeout: 60000 });
  else await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  // The app's: until it has taken the first screen over (the sections' wasm, which comes when
  // the reader nears them, is not the first view's).
  const end = isApp ? await page.evaluate(() => performance.getEntriesByName('first-view-ready')[0]?.startTime ?? Infinity) : Infinity;
  const long = (await page.evaluate(() => window.__long)).filter(([t]) => t <= end);
  await context.close();
  return long;
}

/** Lighthouse's mobile run of a page (asynchronously: the servers answer from this process). */
async function lighthouse(url, name) {
  if (!existsSync(LIGHTHOUSE)) return null;
  const base = join(OUT, `lighthouse-${name}`);
  await promisify(execFile)(LIGHTHOUSE, [
    url,
    '--quiet',
    '--only-categories=performance',
    '--output=json', '--output=html',
    `--output-path=${base}`,
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 240000 });
  return readFile(`${base}.report.json`, 'utf8').then((t) => {
    const r = JSON.parse(t);
    const long = r.audits['long-tasks']?.details?.items?.map((i) => Math.round(i.duration)) ?? [];
    return {
      score: Math.round(r.categories.performance.score * 100),
      fcp: r.audits['first-contentful-paint'].numericValue,
      lcp: r.audits['largest-contentful-paint'].numericValue,
      tbt: r.audits['total-blocking-time'].numericValue,
      si: r.audits['speed-index'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue,
      long,
    };
  });
}

try {
  const widgetUrl = `${app.url}?embed=1&show=gdp`;
  const table = [];
  const line = (what, ref, page, widget, fmt = (x) => x.toFixed(1), unit = '') => {
    const f = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${fmt(x)}${unit}`);
    const ratio = (x) => (ref && x !== null && x !== undefined ? (x / ref).toFixed(2) : '–');
    table.push([what, f(ref), f(page), f(widget), ratio(page), ratio(widget)]);
  };
  // 1. Bytes: what the first paint needs (the page and its stylesheets) and the whole first view.
  const views = { peer: await firstView(peer.url, false), page: await firstView(app.url, true), widget: await firstView(widgetUrl, true) };
  console.log('\nFirst view, brotli (quality 11), same origin only:');
  for (const [name, files] of Object.entries(views)) {
    for (const f of files) console.log(`  ${name.padEnd(7)} ${f.path.padEnd(44)} ${String(f.raw).padStart(8)} raw ${String(f.br).padStart(8)} br`);
  }
  const total = (files) => files.reduce((a, f) => a + f.br, 0) / 1024;
  const paint = (files) => files.filter((f) => f.path === 'index.html' || f.path.endsWith('.css')).reduce((a, f) => a + f.br, 0) / 1024;
  line('what the first paint needs (HTML, CSS), brotli', paint(views.peer), paint(views.page), paint(views.widget), (x) => x.toFixed(1), ' KB');
  line('first view, brotli', total(views.peer), total(views.page), total(views.widget), (x) => x.toFixed(1), ' KB');

  // 2. Time to the first chart.
  const times = { peer: [], page: [], widget: [] };
  for (let i = 0; i < 7; i++) {
    times.peer.push(await firstChart(peer.url));
    times.page.push(await firstChart(app.url));
    times.widget.push(await firstChart(widgetUrl));
  }
  line('navigation → first chart on screen, median of 7', median(times.peer), median(times.page), median(times.widget), (x) => x.toFixed(0), ' ms');

  // 2b. The first answer on a phone.
  const answers = { peer: [], page: [], widget: [] };
  const range = 'input[type=range][id$="gdp-range"]';
  const readout = '[data-testid="projected-2025-gdp"]';
  for (let i = 0; i < 5; i++) {
    answers.peer.push(await firstAnswer(peer.url, '#gdp', '#gdp-out'));
    answers.page.push(await firstAnswer(app.url + '?lang=en', range, readout));
    answers.widget.push(await firstAnswer(`${app.url}?lang=en&embed=1&show=gdp`, range, readout));
  }
  const at = (xs, k) => median(xs.map((x) => x[k]));
  line('first answer to a slider move, phone (slow 4G, 4× CPU), median of 5', at(answers.peer, 'answer'), at(answers.page, 'answer'), at(answers.widget, 'answer'), (x) => x.toFixed(0), ' ms');
  for (const [n, xs] of Object.entries(answers)) {
    console.log(`  first answer (${n}): ${xs.map((x) => `${Math.round(x.answer)} ms (slider on screen ${Math.round(x.move)}${x.wasm ? `, wasm in ${Math.round(x.wasm)}` : ''})`).join(', ')}`);
  }

  // 3. The mount's longest task, at 4× CPU.
  const longest = (xs) => (xs.length ? Math.max(...xs.map((x) => x[1])) : 0);
  const mounts = { peer: await mountTasks(peer.url, false, 4), page: await mountTasks(app.url, true, 4), widget: await mountTasks(widgetUrl, true, 4) };
  line('longest task while loading (4× CPU)', longest(mounts.peer), longest(mounts.page), longest(mounts.widget), (x) => x.toFixed(0), ' ms');
  for (const [n, xs] of Object.entries(mounts)) console.log(`  long tasks at 4× (${n}): ${xs.map(([t, d]) => `${d} ms at ${t}`).join(', ') || 'none'}`);

  // 4. Slider moves.
  for (const rate of [1, 4]) {
    const p = await sliderCost(peer.url, '#gdp', rate);
    const a = await sliderCost(app.url, '#gdp-range', rate);
    line(`slider move, main-thread p95, ${rate}× CPU`, pct(p, 95), pct(a, 95), null, (x) => x.toFixed(1), ' ms');
    console.log(`  slider ${rate}×: reference median ${median(p).toFixed(2)} ms, page median ${median(a).toFixed(2)} ms`);
  }

  // 5. Lighthouse.
  const lh = {};
  for (const [name, url] of [['peer', peer.url], ['page', app.url], ['widget', widgetUrl]]) lh[name] = await lighthouse(url, name);
  if (lh.peer) {
    const l = (k) => [lh.peer[k], lh.page?.[k], lh.widget?.[k]];
    line('Lighthouse mobile performance', ...l('score'), (x) => x.toFixed(0));
    line('first contentful paint', ...l('fcp'), (x) => x.toFixed(0), ' ms');
    line('largest contentful paint', ...l('lcp'), (x) => x.toFixed(0), ' ms');
    line('total blocking time', ...l('tbt'), (x) => x.toFixed(0), ' ms');
    line('speed index', ...l('si'), (x) => x.toFixed(0));
    line('cumulative layout shift', ...l('cls'), (x) => x.toFixed(3));
    for (const name of ['page', 'widget']) console.log(`  Lighthouse long tasks (${name}): ${lh[name].long.join(', ') || 'none'} ms; reference: ${lh.peer.long.join(', ') || 'none'} ms`);
    console.log(`  reports: ${OUT}/lighthouse-{peer,page,widget}.report.{html,json}`);
  } else {
    console.log(`  Lighthouse not found at ${LIGHTHOUSE} (make bench installs it)`);
  }

  const head = '| measure | reference page | page | widget (`embed=1&show=gdp`) | page ÷ reference | widget ÷ reference |\n|---|---|---|---|---|---|';
  const body = table.map((r) => `| ${r.join(' | ')} |`).join('\n');
  console.log(`\n${head}\n${body}`);
  await writeFile(join(OUT, 'bench.md'), `${head}\n${body}\n`);
} finally {
  await browser.close();
  app.server.close();
  peer.server.close();
}
