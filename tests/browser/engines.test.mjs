// Three browser engines: readers come on iPhones (WebKit) and in Firefox as well as in
// Chromium. A smoke set in Firefox ESR (driven through WebDriver BiDi by puppeteer-core) and in
// WebKitGTK (WebKitWebDriver and its MiniBrowser under xvfb-run, driven by selenium-webdriver):
// the first screen with JavaScript off, the take-over, a value typed into a number box moving
// its readout, the widget, the CSP (the variant script it allows by hash ran, and the wasm),
// and no error. Screenshots of the first screen without JavaScript and after the take-over are
// kept in test-output/engines/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { startServer, visibleTexts, missing, pointOf, drawingRange } from './helpers.mjs';

const OUT = 'test-output/engines';
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
let server;
before(async () => {
  server = await startServer();
  await mkdir(OUT, { recursive: true });
});
after(() => server?.server.close());

/** What a reader of the first screen must see, in the page's Chinese (JavaScript off). */
function checkFirstScreen(text, charts) {
  assert.match(text, /济南路径/);
  assert.match(text, /济南实现2025年目标了吗？/);
  for (const t of ['地区生产总值', '常住人口', '可再生能源', '2025年未实现', '2025年未实现（未经证实）', '2025年：预计1.4万亿元至1.5万亿元']) {
    assert.ok(text.includes(t), `${t} in the first screen`);
  }
  // Today's numbers, and the chart with its lines.
  assert.ok(text.includes('1.43万亿元'), 'the path readout');
  assert.equal(charts, 1, 'the chart');
}

const SEEN = `return [document.body.innerText, [...document.querySelectorAll('svg.fs-chart')].filter((s) => s.getBoundingClientRect().width > 0).length]`;

// --- Firefox -------------------------------------------------------------------------------

async function firefox(js) {
  // Overlay scrollbars, as on the phones and Macs whose widths are tested: a classic scrollbar
  // would take 15 px of a 390-px screen.
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'javascript.enabled': js, 'ui.useOverlayScrollbars': 1 } });
}

async function firefoxPage(browser, url, width, height) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const log = { errors: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, log };
}

test('Firefox ESR: the first screen without JavaScript', async () => {
  const browser = await firefox(false);
  try {
    const { page } = await firefoxPage(browser, server.url, 1280, 800);
    const [text, frames] = await page.evaluate(new Function(SEEN));
    checkFirstScreen(text, frames);
    await page.screenshot({ path: `${OUT}/firefox-no-js.png` });
  } finally {
    await browser.close();
  }
});

test('Firefox ESR: the take-over, a typed value, the widget, the CSP, no error', async () => {
  const browser = await firefox(true);
  try {
    const { page, log } = await firefoxPage(browser, server.url + '?lang=en&focus=gdp', 1280, 800);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', { timeout: 30000 });
    assert.equal(await page.evaluate(() => document.querySelectorAll('.fs').length), 0, 'the static screen is gone');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the variant script ran');
    assert.equal(await page.evaluate(() => Boolean(document.querySelector('[data-chart="gdp"][data-adopted] svg.fs-chart')) || Number(document.querySelector('[data-testid="chart-gdp"]').dataset.draws) > 0), true, 'the chart is on show');
    await page.screenshot({ path: `${OUT}/firefox-taken-over.png` });
    // Click the box, select its text, type: a readout moves.
    const before = await page.$eval('[data-testid="projected-2025-gdp"]', (e) => e.dataset.value);
    await page.click('#gdp-number');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('8');
    await page.waitForFunction((b) => document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value !== b, { timeout: 10000 }, before);
    assert.equal(await page.$eval('#gdp-range', (r) => r.value), '8');
    // The widget, with its tabs.
    const w = await firefoxPage(browser, server.url + '?embed=1&lang=zh&show=gdp,pop', 390, 700);
    await w.page.waitForFunction(() => document.documentElement.dataset.ready === '1', { timeout: 30000 });
    await w.page.click('[data-testid="tab-pop"]');
    await w.page.waitForSelector('[data-testid="panel-pop"]');
    await w.page.screenshot({ path: `${OUT}/firefox-widget.png` });
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(await w.page.evaluate(() => window.__csp), []);
    assert.deepEqual([...log.errors, ...w.log.errors], []);
  } finally {
    await browser.close();
  }
});

// Draw your guess with a mouse: a stroke across the plan's years, then Reveal.
const ZONE = `const r = document.querySelector('[data-testid="draw-gdp"] .draw-zone').getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height };`;
const STROKE = [[2023, 12600], [2023.7, 13200], [2024.3, 13900], [2025, 14800]];
const DRAWN = `return JSON.parse(document.querySelector('[data-testid="drawn-gdp"]').dataset.value)`;
const RESULT = /^Year by year: 2023: you drew 1\.\d+ trillion yuan, recorded 1\.28 trillion yuan, third-party .* You expected the 1\.5 trillion yuan target to be (met|missed) in 2025; the record says it was missed\.$/;
function checkDrawn(line) {
  assert.deepEqual(Object.keys(line), ['2023', '2024', '2025'], JSON.stringify(line));
  assert.ok(Math.abs(line['2025'] - 14800) <= 100, `2025 where the stroke ended: ${line['2025']}`);
  assert.ok(line['2023'] < line['2024'] && line['2024'] < line['2025'], `rising as drawn: ${JSON.stringify(line)}`);
}

test('Firefox ESR: a mouse draws a guess, Reveal says how far it was', async () => {
  const browser = await firefox(true);
  try {
    const { page, log } = await firefoxPage(browser, server.url + '?lang=en&predict=1', 1280, 900);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', { timeout: 30000 });
    const zone = await page.evaluate(new Function(ZONE));
    const pts = STROKE.map(([y, v]) => pointOf(zone, [2023, 2025], drawingRange('gdp'), y, v));
    await page.mouse.move(pts[0].x, pts[0].y);
    await page.mouse.down();
    for (const p of pts.slice(1)) await page.mouse.move(p.x, p.y, { steps: 3 });
    await page.mouse.up();
    await page.waitForFunction(() => Object.keys(JSON.parse(document.querySelector('[data-testid="drawn-gdp"]').dataset.value)).length === 3, { timeout: 10000 });
    checkDrawn(await page.evaluate(new Function(DRAWN)));
    await page.screenshot({ path: `${OUT}/firefox-drawn.png` });
    await page.click('[data-testid="reveal"]');
    await page.waitForSelector('[data-testid="drawn-result-gdp"]');
    assert.match(await page.$eval('[data-testid="drawn-result-gdp"]', (e) => e.textContent), RESULT);
    assert.deepEqual(log.errors, []);
  } finally {
    await browser.close();
  }
});

// The take-over as a reader sees it, in this engine: a server holds the wasm back until the first
// screen's texts are read, then lets it through; every text and control is where it was after.
const SEAMS = [['?lang=en', 1280, 800], ['?lang=zh', 390, 844], ['?lang=en&embed=1&show=gdp,pop', 390, 844], ['?lang=zh&embed=1', 600, 800]];
// MiniBrowser's window is at least 447 px wide: its phone is a narrow desktop window.
const WEBKIT_SEAMS = [['?lang=en', 1280, 800], ['?lang=zh&focus=pop', 1280, 800], ['?lang=zh', 447, 844], ['?lang=zh&embed=1', 600, 800]];
const VISIBLE = `return (${visibleTexts})()`;

test('Firefox ESR: the take-over moves nothing a reader saw', async () => {
  const browser = await firefox(true);
  try {
    for (const [q, width, height] of SEAMS) {
      const held = await startServer({ hold: /_bg\.wasm$/ });
      try {
        const { page, log } = await firefoxPage(browser, held.url + q, width, height);
        const before = await page.evaluate(new Function(VISIBLE));
        assert.ok(before.length >= 8, q);
        held.release();
        await page.waitForFunction(() => document.documentElement.dataset.ready === '1', { timeout: 30000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const after = await page.evaluate(new Function(VISIBLE));
        assert.deepEqual(missing(before, after), [], `${q} at ${width}: every text where it was`);
        assert.deepEqual(missing(after, before), [], `${q} at ${width}: nothing new`);
        assert.deepEqual(log.errors, []);
        await page.close();
      } finally {
        held.server.close();
      }
    }
  } finally {
    await browser.close();
  }
});

// --- WebKit --------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A WebKitGTK session: WebKitWebDriver under xvfb-run (MiniBrowser needs a display). */
async function webkit(args = []) {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] } };
  let session;
  for (let i = 0; i < 60 && !session; i++) {
    await new Promise((r) => setTimeout(r, 250));
    session = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build().catch(() => null);
  }
  assert.ok(session, 'a WebKitWebDriver session');
  return {
    d: session,
    async close() {
      await session.quit().catch(() => {});
      try {
        process.kill(-driver.pid);
      } catch {}
    },
  };
}

const readyIn = (d) => d.wait(async () => (await d.executeScript('return document.documentElement.dataset.ready')) === '1', 30000);

test('WebKitGTK: the first screen without JavaScript', async () => {
  const { d, close } = await webkit(['--enable-javascript=false']);
  try {
    await d.manage().window().setRect({ width: 1280, height: 800 });
    await d.get(server.url);
    // The driver's own scripts run with the page's off.
    const [text, frames] = await d.executeScript(SEEN);
    checkFirstScreen(text, frames);
    await writeFile(`${OUT}/webkit-no-js.png`, Buffer.from(await d.takeScreenshot(), 'base64'));
  } finally {
    await close();
  }
});

test('WebKitGTK: the take-over, a typed value, the widget, the CSP, no error', async () => {
  const { d, close } = await webkit();
  try {
    await d.manage().window().setRect({ width: 1280, height: 800 });
    await d.get(server.url + '?lang=en&focus=pop');
    await readyIn(d);
    // The variant script (allowed by its hash) and the wasm ('wasm-unsafe-eval') both ran.
    assert.deepEqual(await d.executeScript('return [document.documentElement.lang, document.querySelector("[role=tab][aria-selected=true]").dataset.testid, document.querySelectorAll(".fs").length]'), ['en', 'tab-pop', 0]);
    await writeFile(`${OUT}/webkit-taken-over.png`, Buffer.from(await d.takeScreenshot(), 'base64'));
    // From here on, errors are caught as they happen (the driver reads no console).
    await d.executeScript('window.__errors = []; addEventListener("error", (e) => __errors.push(String(e.message))); addEventListener("unhandledrejection", (e) => __errors.push(String(e.reason)));');
    const value = () => d.executeScript('return document.querySelector("[data-testid=projected-2025-pop]").dataset.value');
    const before = await value();
    const box = await d.findElement(By.css('#pop-number'));
    await d.executeScript('arguments[0].focus(); arguments[0].select();', box);
    await box.sendKeys('2');
    await d.wait(async () => (await value()) !== before, 10000);
    assert.equal(await d.executeScript('return document.querySelector("#pop-range").value'), '2');
    assert.deepEqual(await d.executeScript('return [...document.querySelectorAll(".error")].filter((e) => e.textContent.trim()).map((e) => e.textContent)'), []);
    assert.deepEqual(await d.executeScript('return window.__errors'), []);
    // The widget.
    await d.manage().window().setRect({ width: 600, height: 800 });
    await d.get(server.url + '?embed=1&lang=zh&show=gdp,pop');
    await readyIn(d);
    await d.findElement(By.css('[data-testid="tab-pop"]')).click();
    await d.wait(async () => (await d.executeScript('return !!document.querySelector("[data-testid=panel-pop]")')) === true, 10000);
    await writeFile(`${OUT}/webkit-widget.png`, Buffer.from(await d.takeScreenshot(), 'base64'));
  } finally {
    await close();
  }
});

test('WebKitGTK: the take-over moves nothing a reader saw', async () => {
  const { d, close } = await webkit();
  try {
    for (const [q, width, height] of WEBKIT_SEAMS) {
      const held = await startServer({ hold: /_bg\.wasm$/ });
      try {
        await d.manage().window().setRect({ width, height });
        await d.get(held.url + q);
        await d.wait(async () => (await d.executeScript('return document.readyState')) !== 'loading', 10000);
        const before = await d.executeScript(VISIBLE);
        assert.ok(before.length >= 8, q);
        held.release();
        await readyIn(d);
        await d.executeScript('return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
        const after = await d.executeScript(VISIBLE);
        assert.deepEqual(missing(before, after), [], `${q} at ${width}: every text where it was`);
        assert.deepEqual(missing(after, before), [], `${q} at ${width}: nothing new`);
      } finally {
        held.server.close();
      }
    }
  } finally {
    await close();
  }
});

test('WebKitGTK: a mouse draws a guess, Reveal says how far it was', async () => {
  const { d, close } = await webkit();
  try {
    await d.manage().window().setRect({ width: 1280, height: 900 });
    await d.get(server.url + '?lang=en&predict=1');
    await readyIn(d);
    await d.executeScript('window.__errors = []; addEventListener("error", (e) => __errors.push(String(e.message))); addEventListener("unhandledrejection", (e) => __errors.push(String(e.reason)));');
    const zone = await d.executeScript(ZONE);
    const pts = STROKE.map(([y, v]) => pointOf(zone, [2023, 2025], drawingRange('gdp'), y, v)).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
    let actions = d.actions({ async: true }).move({ ...pts[0], origin: 'viewport' }).press();
    for (const p of pts.slice(1)) actions = actions.move({ ...p, origin: 'viewport', duration: 120 });
    await actions.release().perform();
    await d.wait(async () => Object.keys(await d.executeScript(DRAWN)).length === 3, 10000);
    checkDrawn(await d.executeScript(DRAWN));
    await writeFile(`${OUT}/webkit-drawn.png`, Buffer.from(await d.takeScreenshot(), 'base64'));
    await d.findElement(By.css('[data-testid="reveal"]')).click();
    await d.wait(async () => (await d.executeScript('return !!document.querySelector("[data-testid=drawn-result-gdp]")')) === true, 10000);
    assert.match(await d.executeScript('return document.querySelector("[data-testid=drawn-result-gdp]").textContent'), RESULT);
    assert.deepEqual(await d.executeScript('return window.__errors'), []);
  } finally {
    await close();
  }
});
