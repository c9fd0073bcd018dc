// The first screen that index.html carries (the app's own components, rendered at build time)
// and its take-over by the live view, tested as a reader sees them: without JavaScript; before
// the wasm arrives (the variant the link and the browser ask for; a bare link's screen whole,
// a scenario's kept back); and across the take-over, every visible text where it was and the
// screen's picture unchanged (a bare link) or only added to (a scenario), at 390×844 and
// 1280×800, both languages, page and widget, with a positive control; a reader's touches
// before the wasm kept; dist/ holding what the build step makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { useApp, openPage, ready, value, expected, visibleTexts, missing } from './helpers.mjs';

const visible = (page) => page.evaluate(visibleTexts);

const app = useApp();
const OUT = 'test-output/first-screen';
await mkdir(OUT, { recursive: true });

/** A page whose wasm does not arrive until `release()` (or never). */
async function held(browser, url, { width = 1280, height = 800, js = true, locale = 'en-US', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: js, locale, deviceScaleFactor: 1, bypassCSP });
  const page = await context.newPage();
  const log = { errors: [] };
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
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  }
  await page.goto(url);
  await page.waitForLoadState('domcontentloaded');
  return { page, context, log, release };
}

/** Two painted frames, then the layout shifts seen so far (one is reported after its frame). */
async function shifts(page) {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__keepShifts();
    return window.__shifts;
  });
}

/** How many pixels of two PNG screenshots of the same size differ by more than a shade (a
 * channel by more than 16 of 255), decoded by the browser. A rounded border painted again may
 * come out a unit or two different at its edge; a text or a line that moved differs by far more. */
async function differing(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (b64) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d');
      ctx.drawImage(bmp, 0, 0);
      return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    };
    const [pa, pb] = [await pixels(a), await pixels(b)];
    if (pa.length !== pb.length) return Infinity;
    let n = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2])) > 16) n++;
    }
    return n;
  }, [a.toString('base64'), b.toString('base64')]);
}

/** The chart on show: its box, and whether it is a picture (an SVG) that can be seen. */
async function chartShown(page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll('#app svg.fs-chart')].find((s) => s.getBoundingClientRect().width > 0 && getComputedStyle(s).visibility === 'visible');
    return svg ? { words: [...svg.querySelectorAll('text')].map((t) => t.textContent), lines: svg.querySelectorAll('path').length } : null;
  });
}

const seen = (page) => page.evaluate(() => document.body.innerText);

test('without JavaScript: the question, the targets and verdicts, today\'s numbers and the chart with its lines', async () => {
  for (const width of [390, 1280]) {
    const { page, context } = await held(app.browser, app.url, { width, height: width < 600 ? 844 : 800, js: false });
    await page.waitForLoadState('load');
    const text = await seen(page);
    assert.match(text, /济南路径/);
    if (width > 600) assert.match(text, /济南实现2025年目标了吗？/, 'the question');
    for (const t of ['地区生产总值', '常住人口', '可再生能源', '2025年未实现', '2025年未实现（未经证实）']) assert.ok(text.includes(t), t);
    if (width > 600) assert.match(text, /2025年：预计1\.4万亿元至1\.5万亿元/, 'the record');
    assert.match(text, /计划的31项量化目标中/);
    // Today's defaults, whole: the readouts' numbers and the slider at its place.
    assert.match(await page.textContent('[data-testid="projected-2025-gdp"]:visible'), /万亿元/);
    assert.equal(await page.$eval('input[type="range"][id$="gdp-range"]:visible', (r) => r.value), '5.4');
    const chart = await chartShown(page);
    assert.ok(chart && chart.lines > 4, 'the chart is drawn');
    assert.ok(chart.words.some((t) => t.includes('目标 1.5万亿元')), chart.words.join('|'));
    assert.ok(chart.words.some((t) => t.includes('你的设置')), `the setting's lines are named: ${chart.words.join('|')}`);
    assert.match(text, /这个计算器需要启用 JavaScript/);
    await page.screenshot({ path: `${OUT}/no-js-${width}.png` });
    await context.close();
  }
});

test('before the wasm: the variant the link and the browser ask for; a scenario the build could not know waits', async () => {
  const canonical = expected().current_query;
  for (const [q, locale, want] of [
    ['', 'en-GB', { lang: 'en', text: /Jinan Pathways/, whole: true, front: 'gdp' }],
    ['', 'zh-CN', { lang: 'zh-CN', text: /济南路径/, whole: true, front: 'gdp' }],
    ['?lang=en&focus=pop', 'zh-CN', { lang: 'en', text: /missed in 2025 \(unconfirmed\)/, whole: true, front: 'pop' }],
    [`?${canonical}&lang=en`, 'zh-CN', { lang: 'en', text: /Jinan Pathways/, whole: true, front: 'gdp' }],
    ['?lang=en&theme=dark&show=pop,re', 'zh-CN', { lang: 'en', text: /Population/, whole: true, front: 'pop', dark: true }],
    ['?lang=en&v=2&gdp=9&from=2023&to=2031', 'en-US', { lang: 'en', text: /Jinan Pathways/, whole: false, front: 'gdp' }],
    ['?lang=en&re_base=100', 'en-US', { lang: 'en', text: /Jinan Pathways/, whole: false, front: 'gdp' }],
    ['?lang=en&gdp=5.4', 'en-US', { lang: 'en', text: /Jinan Pathways/, whole: false, front: 'gdp' }],
    ['?lang=en&lang=zh', 'en-US', { lang: 'en', text: /Jinan Pathways/, whole: false, front: 'gdp' }],
    ['?lang=en&foo=1', 'en-US', { lang: 'en', text: /Jinan Pathways/, whole: false, front: 'gdp' }],
    ['?lang=en&utm_source=x&fbclid=y', 'en-US', { lang: 'en', text: /Jinan Pathways/, whole: true, front: 'gdp' }],
    ['?lang=zh&embed=1&show=pop', 'en-US', { lang: 'zh-CN', text: /济南常住人口能否在2025年达到1000万人/, whole: true, front: 'pop', widget: true }],
  ]) {
    const { page, context, log } = await held(app.browser, app.url + q, { locale });
    assert.equal(await page.getAttribute('html', 'lang'), want.lang, q);
    assert.match(await seen(page), want.text, q);
    assert.equal(await page.getAttribute('html', 'data-theme'), want.dark ? 'dark' : 'light', q);
    const shownPanels = await page.$$eval('[data-testid^="panel-"]', (ps) => ps.filter((p) => p.getBoundingClientRect().width > 0).map((p) => p.dataset.testid));
    assert.deepEqual(shownPanels, [`panel-${want.front}`], q);
    const selected = await page.$$eval('.fs [role=tab]', (ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).map((t) => [t.dataset.testid, t.getAttribute('aria-selected')]));
    assert.ok(selected.some(([t, s]) => t === `tab-${want.front}` && s === 'true') || (want.widget && selected.length === 0), `${q}: ${JSON.stringify(selected)}`);
    const values = await page.$$eval('.readout dd', (dds) => dds.filter((d) => d.getBoundingClientRect().width > 0 && getComputedStyle(d).visibility === 'visible').map((d) => d.innerText.trim()).filter(Boolean));
    const chart = await chartShown(page);
    if (want.whole) {
      assert.ok(values.length >= 2, `${q}: today's numbers are on show: ${values}`);
      assert.ok(chart, `${q}: the chart is on show`);
    } else {
      assert.deepEqual(values, [], `${q}: nothing of the scenario`);
      assert.equal(chart, null, `${q}: no chart rather than a wrong one`);
      assert.match(await seen(page), /Renewables/, `${q}: the tabs and verdicts are on show`);
    }
    assert.deepEqual(log.errors, [], q);
    await context.close();
  }
});

// The take-over as a reader sees it: every visible text where it was, the picture unchanged for
// a link of today's defaults; for a scenario, only added to.
const LINKS = [
  ['today', ''],
  ['tab', '&focus=pop'],
  ['locked', '&lock=1'],
  ['locked-scenario', '&lock=1&v=2&from=2024&to=2030&gdp=7&defl=0.6&pop_mode=add&pop=7.8&re_mode=add&re=0&focus=pop'],
  ['scenario', '&v=2&from=2022&to=2030&gdp=9&defl=0.6&pop_mode=rate&pop=0.8&re_mode=add&re=0'],
  ['before-v2', '&gdp=7&re_base=100'],
  ['before-v2-renewables', '&re_base=100&focus=re'],
];
for (const [mode, q] of [['page', ''], ['widget', '&embed=1']]) {
  for (const lang of ['zh', 'en']) {
    for (const [width, height] of [[390, 844], [1280, 800]]) {
      test(`the take-over changes nothing a reader saw (${mode}, ${lang}, ${width}×${height})`, async () => {
        const w = mode === 'widget' ? Math.min(width, 600) : width;
        for (const [name, link] of LINKS) {
          const url = `${app.url}?lang=${lang}${q}${link}`;
          const { page, context, log, release } = await held(app.browser, url, { width: w, height });
          const whole = name === 'today' || name === 'tab' || name === 'locked';
          const before = await visible(page);
          const shotBefore = await page.screenshot();
          assert.ok(before.length >= 8, `${name}: ${JSON.stringify(before)}`);
          release();
          await ready(page);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const after = await visible(page);
          const shotAfter = await page.screenshot();
          assert.deepEqual(missing(before, after), [], `${name}: every text where it was`);
          if (whole) {
            assert.deepEqual(missing(after, before), [], `${name}: nothing new appeared`);
            const d = await differing(page, shotBefore, shotAfter);
            if (d > 0) {
              await writeFile(`${OUT}/seam-${mode}-${lang}-${w}-${name}-before.png`, shotBefore);
              await writeFile(`${OUT}/seam-${mode}-${lang}-${w}-${name}-after.png`, shotAfter);
            }
            assert.equal(d, 0, `${name}: the screen's picture is the same (${d} pixels differ)`);
            assert.equal(await page.$$eval('[data-adopted]', (a) => a.length), 1, `${name}: the chart is the first screen's`);
          } else {
            assert.ok(after.length > before.length, `${name}: the scenario is shown`);
          }
          assert.deepEqual(await shifts(page), [], `${name}: layout shifts`);
          assert.deepEqual(await page.evaluate(() => window.__csp), [], `${name}: the CSP allowed the script`);
          assert.deepEqual(log.errors, [], name);
          if (width === 390 && name === 'today') await writeFile(`${OUT}/taken-over-${mode}-${lang}-${w}.png`, shotAfter);
          await context.close();
        }
      });
    }
  }
}

test('the positive control: a live text two pixels lower, and a redrawn chart, are seen', async () => {
  const { page, context, release } = await held(app.browser, app.url + '?lang=en', { bypassCSP: true });
  const before = await visible(page);
  const shotBefore = await page.screenshot();
  // As a build whose live header came out a little taller than the first screen's.
  await page.addStyleTag({ content: '#live .page-header { padding-top: 12px; }' });
  release();
  await ready(page);
  const moved = missing(before, await visible(page));
  assert.ok(moved.some(([t]) => t === 'Jinan Pathways'), `the moved title is found: ${JSON.stringify(moved)}`);
  assert.ok((await differing(page, shotBefore, await page.screenshot())) > 1000);
  await context.close();
});

test('a reader\'s touches before the wasm are taken over: a slider moved, a tab chosen, a number typed', async () => {
  const { page, context, log, release } = await held(app.browser, app.url + '?lang=en', { width: 390, height: 844 });
  // The slider, by the keyboard as a reader on a desktop would; its readout cannot answer yet.
  const range = '.fs:not([hidden]) [data-testid="panel-gdp"] input[type="range"][id$="-gdp-range"]';
  await page.focus(range);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.$eval(range, (r) => r.value), '5.9');
  // The population tab, then its number box.
  await page.click('.fs:not([hidden]) [data-testid="tab-pop"]');
  assert.ok(await page.isVisible('.fs:not([hidden]) [data-testid="panel-pop"]'), 'the tab shows its panel at once');
  const number = '.fs:not([hidden]) [data-testid="panel-pop"] input[type="number"][id$="-pop-number"]';
  await page.fill(number, '1.5');
  await page.press(number, 'Tab');
  release();
  await ready(page);
  // The live view starts from all of it.
  assert.equal(await page.getAttribute('[data-testid="tab-pop"]', 'aria-selected'), 'true');
  assert.equal(await page.$eval('#pop-number', (n) => n.value), '1.5');
  await page.waitForFunction(() => /gdp=5\.9/.test(location.search) && /pop=1\.5/.test(location.search), null, { timeout: 5000 });
  const projected = Number(await value(page, 'projected-2025-pop'));
  assert.ok(Math.abs(projected - 941.5 * 1.015 ** 3) < 0.5, `the population path at 1.5% a year: ${projected}`);
  await page.click('[data-testid="tab-gdp"]');
  assert.equal(await page.$eval('#gdp-range', (r) => r.value), '5.9');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('dist/index.html holds the first screen the build step makes from today\'s model and data', async () => {
  const made = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'first_screen'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const html = await readFile('dist/index.html', 'utf8');
  assert.ok(html.includes(`<script>${made.script}</script>`), 'the variant script');
  assert.ok(html.includes(`<div id="app">${made.body}</div>`), 'the first screen');
  assert.ok(made.body.includes('data-testid="verdict-pop" data-value="missed-unconfirmed"'));
  // The first paint needs the page alone: no stylesheet, no preload, no static import; the
  // loader fetches the wasm once the first screen is painted, unless the head's script has
  // already asked for it on a slow network.
  assert.ok(!/<link rel="stylesheet"/.test(html), 'no stylesheet to wait for');
  assert.ok(!/<link[^>]+(_bg\.wasm|modulepreload)/.test(html), 'no preload');
  assert.ok(!/^import /m.test(html), 'no static import');
  assert.match(html, /const early = window\.__fs && window\.__fs\.wasm;\nif \(!early\) await new Promise\(\(r\) => \{[^\n]*'first-contentful-paint'[^\n]*\}\);\nconst wasmFile = early \|\| fetch\('[^']+_bg\.wasm'\);\nconst bindings = await import\('[^']+\.js'\);/);
  assert.match(html, /<meta name="jinan-wasm" content="\.\/[^ "]+\.js \.\/[^ "]+_bg\.wasm">/);
});

test('the wasm is asked for once the first screen is painted; on a slow network, at once', async () => {
  for (const slow of [false, true]) {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
    }
    await page.goto(app.url + '?lang=en');
    await ready(page);
    const [early, asked, painted] = await page.evaluate(() => [
      Boolean(window.__fs.wasm),
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm')).startTime,
      performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ]);
    assert.equal(early, slow, `asked for by the head's script: ${early}`);
    if (slow) assert.ok(asked < painted, `on a slow network before the first paint (${asked} < ${painted})`);
    else assert.ok(asked >= painted, `after the first paint (${asked} ≥ ${painted})`);
    await context.close();
  }
});

test('the first view is live once taken over: a typed value moves its readout', async () => {
  const { page, context, log } = await openPage(app.browser, app.url + '?lang=en', { width: 390, height: 844 });
  await ready(page);
  assert.equal(await page.$$eval('.fs', (f) => f.length), 0, 'the first screen is gone');
  const before = await value(page, 'projected-2025-gdp');
  await page.fill('#gdp-number', '8');
  await page.waitForFunction((b) => document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value !== b, before);
  // The first screen's chart gave way to the canvases, which drew the new lines.
  assert.equal(await page.$$eval('svg.fs-chart', (s) => s.length), 0);
  assert.ok(Number(await page.getAttribute('[data-testid="chart-gdp-lines"]', 'data-draws')) >= 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});
