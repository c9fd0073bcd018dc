// Seen before the wasm arrives (issue 19): the first screen built at build time, as readers meet
// it with JavaScript off and before the wasm has come; nothing of the scenario in it; the
// take-over with no layout shift (a layout-shift PerformanceObserver, and each box of the first
// screen where it was), with a positive control that shifts; and dist/ holding what the build
// step produces from today's model and data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { useApp, openPage, ready, value } from './helpers.mjs';

const app = useApp();
const OUT = 'test-output/first-screen';

/** A page whose wasm does not arrive until `release()` (or never). */
async function held(browser, url, { width = 1280, height = 800, js = true, locale = 'en-US', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: js, locale, deviceScaleFactor: 1, bypassCSP });
  const page = await context.newPage();
  const log = { errors: [], csp: [] };
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  if (js) {
    await page.addInitScript(() => {
      window.__shifts = [];
      const keep = (list) => {
        for (const e of list) if (!e.hadRecentInput) window.__shifts.push(e.value);
      };
      window.__shiftObserver = new PerformanceObserver((list) => keep(list.getEntries()));
      window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
      window.__keepShifts = () => keep(window.__shiftObserver.takeRecords());
      document.addEventListener('securitypolicyviolation', (e) => (window.__csp = (window.__csp || []).concat(`${e.violatedDirective} ${e.blockedURI}`)));
    });
  }
  await page.goto(url);
  return { page, context, log, release };
}

/** The layout shifts seen so far: a shift is reported after the frame it happened in, so two
 * more frames are painted and the observer's queue is taken before reading. */
async function shifts(page) {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__keepShifts();
    return window.__shifts;
  });
}

/** The boxes of the first screen's parts (`data-box`), the first of each that is on show. */
async function boxes(page) {
  return page.evaluate(() => {
    const out = {};
    for (const e of document.querySelectorAll('[data-box]')) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || e.dataset.box in out) continue;
      if (r.top > innerHeight) continue;
      out[e.dataset.box] = [r.x, r.y, r.width, r.height].map((v) => Math.round(v));
    }
    return out;
  });
}

/** The text a reader sees, without what is hidden. */
const seen = (page) => page.evaluate(() => document.body.innerText);

test('without JavaScript: the question, the targets with their verdicts, the record and the chart frame', async () => {
  await mkdir(OUT, { recursive: true });
  for (const width of [390, 1280]) {
    const { page, context } = await held(app.browser, app.url, { width, height: width < 600 ? 844 : 800, js: false });
    await page.waitForLoadState('load');
    const text = await seen(page);
    assert.match(text, /济南路径/);
    if (width > 600) assert.match(text, /济南实现2025年目标了吗？/, 'the question');
    for (const t of ['地区生产总值', '常住人口', '可再生能源']) assert.ok(text.includes(t), t);
    assert.match(text, /2025年未实现/);
    assert.match(text, /很可能未实现/);
    // The record (a phone's tabs show the verdicts only; the record is a tap away there).
    if (width > 600) assert.match(text, /2025年：预计1\.4万亿元至1\.5万亿元/, 'the record');
    assert.match(text, /计划的31项量化目标中/);
    // The verdicts carry the readouts' contract, as the live page's do.
    const verdicts = await page.$$eval('[data-testid^="verdict-"]', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => [e.dataset.testid, e.dataset.value]));
    assert.deepEqual(verdicts, [['verdict-gdp', 'missed'], ['verdict-pop', 'likely-missed'], ['verdict-re', 'unknown']]);
    // The chart's frame, drawn: the history, the target, the record's range.
    const frame = await page.$$eval('svg.fs-frame', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => ({ w: s.getBoundingClientRect().width, paths: s.querySelectorAll('path').length, texts: [...s.querySelectorAll('text')].map((t) => t.textContent) })));
    assert.equal(frame.length, 1, 'one frame shown');
    assert.ok(frame[0].paths > 4);
    assert.ok(frame[0].texts.some((t) => t.includes('目标 1.5万亿元')), frame[0].texts.join('|'));
    assert.match(text, /这个计算器需要启用 JavaScript/);
    await page.screenshot({ path: `${OUT}/no-js-${width}.png` });
    await context.close();
  }
});

test('before the wasm: the variant the address and the browser ask for, and nothing of the scenario', async () => {
  for (const [q, locale, want] of [
    ['', 'en-GB', { lang: 'en', text: /Jinan Pathways/, frame: true }],
    ['', 'zh-CN', { lang: 'zh-CN', text: /济南路径/, frame: true }],
    ['?lang=en&focus=pop', 'zh-CN', { lang: 'en', text: /likely missed/, frame: true, front: 'pop' }],
    ['?lang=en&v=2&gdp=9&from=2023&to=2031', 'en-US', { lang: 'en', text: /Jinan Pathways/, frame: false }],
    ['?lang=en&v=2&from=2023', 'en-US', { lang: 'en', text: /Jinan Pathways/, frame: false }],
    ['?lang=en&gdp=7', 'en-US', { lang: 'en', text: /Jinan Pathways/, frame: false }],
    ['?lang=zh&embed=1&show=pop', 'en-US', { lang: 'zh-CN', text: /济南常住人口能否在2025年达到1000万人/, frame: true, front: 'pop' }],
  ]) {
    const { page, context } = await held(app.browser, app.url + q, { locale });
    assert.equal(await page.getAttribute('html', 'lang'), want.lang, q);
    assert.match(await seen(page), want.text, q);
    if (want.front) assert.equal(await page.getAttribute('html', 'data-front'), want.front);
    const frames = await page.$$eval('svg.fs-frame', (s) => s.filter((x) => x.getBoundingClientRect().width > 0).length);
    assert.equal(frames, want.frame ? 1 : 0, `${q}: the frame only for the base year and horizon it was drawn for`);
    // No value of the scenario: every readout's value box is empty, and no label naming a
    // base year the address does not keep is shown.
    const values = await page.$$eval('.fs .readout dd', (dds) => dds.filter((d) => d.getBoundingClientRect().width > 0).map((d) => d.innerText.trim()).filter(Boolean));
    assert.deepEqual(values, [], q);
    const text = await seen(page);
    assert.ok(!/trillion yuan\b.*\n.*Gap/.test(text));
    if (q.includes('from=2023')) assert.ok(!text.includes('Path from 2022'), 'the default base year is not named');
    const numbers = await page.$$eval('.fs input[type="number"]', (ns) => ns.map((n) => n.value));
    assert.ok(numbers.every((v) => v === ''), 'number boxes empty');
    await context.close();
  }
});

for (const [mode, q] of [['page', ''], ['widget', '&embed=1&show=gdp']]) {
  for (const lang of ['zh', 'en']) {
    for (const [width, height] of [[390, 844], [1280, 800]]) {
      test(`the take-over: no layout shift, every box where it was (${mode}, ${lang}, ${width}×${height})`, async () => {
        const w = mode === 'widget' ? Math.min(width, 600) : width;
        const { page, context, log, release } = await held(app.browser, app.url + `?lang=${lang}${q}`, { width: w, height });
        const before = await boxes(page);
        assert.ok(Object.keys(before).length >= 5, JSON.stringify(before));
        release();
        await ready(page);
        const after = await boxes(page);
        for (const [k, b] of Object.entries(before)) {
          if (k === 'instrument' || k === 'nav' || k === 'card') continue; // they run on below the screen
          assert.deepEqual(after[k], b, `${k}: ${JSON.stringify(b)} → ${JSON.stringify(after[k])}`);
        }
        assert.deepEqual(await shifts(page), [], 'layout shifts');
        assert.deepEqual(await page.evaluate(() => window.__csp || []), [], 'the CSP allowed the variant script');
        assert.deepEqual(log.errors, []);
        if (width === 390) await page.screenshot({ path: `${OUT}/taken-over-${mode}-${lang}-${width}.png` });
        await context.close();
      });
    }
  }
}

test('the positive control: a live header taller than its static box is a layout shift the test sees', async () => {
  const { page, context, release } = await held(app.browser, app.url + '?lang=en', { bypassCSP: true });
  // As a build whose header came out a little taller than the first screen's.
  await page.addStyleTag({ content: '#live .page-header { padding-top: 20px; }' });
  release();
  await ready(page);
  const found = await shifts(page);
  assert.ok(found.length > 0 && found.reduce((a, b) => a + b, 0) > 0, `the observer saw it: ${found}`);
  await context.close();
});

test('dist/index.html holds the first screen the build step makes from today\'s model and data', async () => {
  const made = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'first_screen'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const html = await readFile('dist/index.html', 'utf8');
  assert.ok(html.includes(`<script>${made.script}</script>`), 'the variant script');
  assert.ok(html.includes(`<div id="app">${made.body}</div>`), 'the first screen');
  // Its words and numbers are the model's: the verdicts and the counts of today's data.
  assert.ok(made.body.includes('data-testid="verdict-pop" data-value="likely-missed"'));
  // The first paint needs the page alone: its styles are in it, and neither the loader nor the
  // wasm is preloaded, imported or fetched before the page has loaded, two frames are painted
  // and the largest paint is reported.
  assert.ok(!/<link rel="stylesheet"/.test(html), 'no stylesheet to wait for');
  assert.ok(!/<link[^>]+(_bg\.wasm|modulepreload)/.test(html), 'no preload');
  assert.ok(!/^import /m.test(html), 'no static import');
  assert.match(html, /addEventListener\('load', r, \{ once: true \}\)\)\);\nawait new Promise\(\(r\) => requestAnimationFrame\(\(\) => requestAnimationFrame\(\(\) => setTimeout\(r, 0\)\)\)\);\nawait new Promise\(\(r\) => \{[^\n]*'largest-contentful-paint'[^\n]*\}\);\nconst wasmFile = fetch\('[^']+_bg\.wasm'\);\nconst bindings = await import\('[^']+\.js'\);/);
});

test('the first view is live once taken over: a typed value moves its readout', async () => {
  const { page, context, log } = await openPage(app.browser, app.url + '?lang=en', { width: 390, height: 844 });
  await ready(page);
  assert.equal(await page.$$eval('.fs', (f) => f.length), 0, 'the static screen is gone');
  const before = await value(page, 'projected-2025-gdp');
  await page.fill('#gdp-number', '8');
  await page.waitForFunction((b) => document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value !== b, before);
  assert.deepEqual(log.errors, []);
  await context.close();
});
