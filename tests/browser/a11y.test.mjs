// Two languages, accessibility (axe-core, keyboard only) and light and dark, in a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useApp, startServer, openPage, ready, value, front, sections, openAllDetails, chartDrawn, chartPixel, SHOTS } from './helpers.mjs';

const require = createRequire(import.meta.url);
const app = useApp();
let axeSource;
before(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

async function axe(page) {
  // DevTools evaluation is not subject to the page's CSP, so the page keeps its real policy.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target?.join(' ')} (${v.help})`);
  });
}

test('axe-core finds no WCAG 2.2 AA violation and breaks no best practice: full page and embed, both languages, both themes, 375 and 1280 px', async () => {
  const failures = [];
  for (const mode of ['', 'embed=1&']) {
    for (const lang of ['zh', 'en']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [375, 1280]) {
          const q = `?${mode}lang=${lang}&theme=${theme}&band=1&re_base=250&re=30&b_gdp=4`;
          const { page, context } = await openPage(app.browser, app.url + q, { width, height: 900 });
          await ready(page);
          // The sections below arrive after the first view: check them too.
          if (!mode) await sections(page);
          // Open every disclosure so that what is inside is checked too.
          await openAllDetails(page);
          const found = await axe(page);
          if (found.length) failures.push(`${q} at ${width}px:\n  ${found.join('\n  ')}`);
          await context.close();
        }
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('axe-core: predict mode, its drawing surface and number boxes, before and after Reveal, page and widget', async () => {
  const failures = [];
  for (const q of ['?lang=en&predict=1&guess_gdp=2023_12600__14500', '?lang=zh&embed=1&predict=1&theme=dark&focus=pop', '?lang=zh&predict=1&focus=re']) {
    for (const width of [375, 1280]) {
      const { page, context } = await openPage(app.browser, app.url + q, { width, height: 900 });
      await ready(page);
      if (!q.includes('embed')) await sections(page);
      await openAllDetails(page);
      for (const stage of ['before', 'after']) {
        if (stage === 'after') {
          await page.click('[data-testid="reveal"]');
          await page.waitForSelector('.guess-result');
          await openAllDetails(page);
        }
        const found = await axe(page);
        if (found.length) failures.push(`${q} at ${width}px, ${stage} Reveal:\n  ${found.join('\n  ')}`);
      }
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('the language follows the link, else the app.browser, and the switch changes it live', async () => {
  {
    const { page, context } = await openPage(app.browser, app.url, { locale: 'zh-CN' });
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(await page.textContent('h1'), '济南路径');
    assert.match(await page.textContent('[data-testid="projected-2025-gdp"]'), /万亿元/);
    assert.equal(await page.getAttribute('#gdp-range', 'aria-valuetext'), '每年5.4%');
    await context.close();
  }
  const { page, context, log } = await openPage(app.browser, app.url, { locale: 'en-GB' });
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Jinan Pathways');
  assert.match(await page.textContent('[data-testid="projected-2025-gdp"]'), /trillion yuan/);
  assert.equal(await page.getAttribute('#gdp-range', 'aria-valuetext'), '5.4% a year');
  assert.ok(await chartDrawn(page, 'chart-gdp'));
  const raw = await value(page, 'projected-2025-gdp');
  await page.click('[data-testid="lang-zh"]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await page.waitForFunction(() => location.search.includes('lang=zh'));
  assert.equal(await page.textContent('h1'), '济南路径');
  assert.equal(await value(page, 'projected-2025-gdp'), raw, 'data-value does not depend on the language');
  assert.match(await page.textContent('[data-testid="summary-gdp"]'), /按实际增速5\.4%/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'lang-zh', 'focus stays on the switch');
  // The chart was built again in Chinese: drawn, not the English first screen's picture.
  await page.waitForSelector('[data-testid="chart-gdp"][data-draws]');
  assert.ok(Number(await page.getAttribute('[data-testid="chart-gdp"]', 'data-draws')) >= 1);
  assert.equal(await page.$$eval('svg.fs-chart', (s) => s.length), 0);
  // The sections below follow the language too, and nothing broke on the way.
  await sections(page);
  await page.waitForFunction(() => document.querySelector('#recorded-title')?.textContent === '实际记录');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('each chart has a text alternative that follows the scenario, and a table of the same numbers', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&v=2&band=1&gdp=5.4&defl=2.4&to=2025');
  await ready(page);
  const summary = () => page.textContent('[data-testid="summary-gdp"]');
  assert.match(await summary(), /^At 5\.4% real growth and 2\.4% inflation, the path from 2022 takes GDP to 1\.51 trillion yuan in 2025, 12\.2 billion yuan above the 1\.5 trillion yuan target; 7\.6% a year would have been needed from 2022\. \(The record says 2025 fell short: this path is what it would have taken, not what happened\.\)/);
  assert.match(await summary(), /The chance of being at or above it in 2025 is none \(the record rules it out\)\./);
  assert.equal(await page.getAttribute('[data-testid="chart-gdp"]', 'aria-describedby'), 'summary-gdp');
  await page.fill('#gdp-number', '3');
  await page.waitForFunction(() => document.querySelector('[data-testid="summary-gdp"]').textContent.startsWith('At 3.0% real growth'));
  assert.match(await summary(), /short of the 1\.5 trillion yuan target/);
  await page.click('[data-testid="table-gdp"] summary');
  // The table is built on the toggle event, which fires a task after the click.
  await page.waitForSelector('[data-testid="table-gdp"] tbody tr');
  const headers = await page.$$eval('[data-testid="table-gdp"] thead th', (ths) => ths.map((t) => t.textContent));
  assert.deepEqual(headers.slice(0, 4), ['year', 'recorded (亿元)', 'projection (亿元)', 'required path (亿元)']);
  assert.ok(headers.includes('at this pace from the latest record (亿元)'), headers.join());
  assert.ok(headers.includes('recorded range, high (亿元)'), headers.join());
  const row2025 = await page.$$eval('[data-testid="table-gdp"] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)).find((r) => r[0] === '2025'));
  const projected = Number(await value(page, 'projected-2025-gdp'));
  assert.equal(row2025[2], projected.toFixed(2));
  assert.equal(row2025[headers.indexOf('recorded range, high (亿元)')], '15000.00');
  const { page: zh, context: c2 } = await openPage(app.browser, app.url + '?lang=zh&re_base=200&re=40&focus=re');
  await ready(zh);
  assert.match(await zh.textContent('[data-testid="summary-re"]'), /起点200万千瓦为你的假设/);
  await c2.close();
  await context.close();
});

// In document order, with GDP in front: the header, the selected tab (the others are reached
// with the arrow keys), GDP's controls, the shared settings, the links below, then the sections.
const CONTROLS = [
  'lang-zh', 'lang-en', 'theme', 'share-link-top', 'tab-gdp',
  'gdp-range', 'gdp-number', 'defl-range', 'defl-number', 'base-year', 'horizon', 'band',
  'preset-trend', 'compare',
  'delivery-range', 'delivery-number',
  'share-link', 'copy-link', 'share-embed', 'copy-embed', 'download-json',
];
const key = (el) => el?.id || el?.dataset?.testid || '';

test('keyboard only: every control is reached in document order, with a visible focus, and can be changed', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&re_base=100');
  await ready(page);
  await sections(page);
  const reached = [];
  const focusStyle = {};
  for (let i = 0; i < 500 && reached.length < CONTROLS.length; i++) {
    await page.keyboard.press('Tab');
    const k = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.id || el?.dataset?.testid || '';
    });
    if (CONTROLS.includes(k) && !reached.includes(k)) {
      reached.push(k);
      focusStyle[k] = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    }
  }
  assert.deepEqual([...reached].sort(), [...CONTROLS].sort(), 'every control is reachable by Tab');
  const positions = await page.evaluate((ids) => ids.map((k) => {
    const el = document.getElementById(k) || document.querySelector(`[data-testid="${k}"]`);
    return [...document.querySelectorAll('*')].indexOf(el);
  }), reached);
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'Tab follows the document order');
  for (const [k, style] of Object.entries(focusStyle)) assert.notEqual(style, 'none', `${k} has no visible focus`);

  // Change each kind of control with the keyboard alone.
  const focus = (id) => page.focus(`#${id}`);
  for (const id of ['gdp-range', 'defl-range', 'horizon']) {
    const before = await page.inputValue(`#${id}`);
    await focus(id);
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await page.inputValue(`#${id}`), before, id);
  }
  for (const id of ['gdp-number', 'defl-number']) {
    await focus(id);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue(`#${id}`), '3', id);
  }
  await focus('band');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#band'), true);
  await focus('base-year');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#base-year'), '2023');
  // The arrow keys move along the tabs and bring each indicator to the front.
  await page.focus('[data-testid="tab-gdp"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-testid="panel-pop"]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'tab-pop');
  const before = await page.inputValue('#pop-range');
  await focus('pop-range');
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await page.inputValue('#pop-range'), before);
  await focus('pop-mode-rate');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.isChecked('#pop-mode-add'), true);
  await page.focus('[data-testid="tab-pop"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-testid="panel-re"]');
  await focus('re-base');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  assert.equal(await page.inputValue('#re-base'), '3');
  await focus('re-range');
  await page.keyboard.press('ArrowRight');
  await focus('theme');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light' || location.search.includes('theme='));
  await page.waitForFunction(() => ['gdp=3', 'defl=3', 'pop_mode=add', 're_base=3', 'band=1', 'from=2023', 'focus=re'].every((p) => location.search.includes(p)));
  await page.focus('[data-testid="lang-zh"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await context.close();
});

/** The colour of a canvas pixel near its top-left corner, as #rrggbb. */
const corner = (page, id) => chartPixel(page, id, 2, 2);

test('light and dark: the theme follows the link or the system, and the charts redraw in its colours', async () => {
  const tokens = await readFile('style/tokens.css', 'utf8');
  const bg = (dark) => tokens.split(dark ? ':root[data-theme="dark"]' : ':root {')[1].match(/--bg: (#[0-9a-f]{6})/)[1];
  {
    const { page, context } = await openPage(app.browser, app.url + '?lang=en', { colorScheme: 'dark' });
    await ready(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'auto follows the system');
    assert.equal(await corner(page, 'chart-gdp'), bg(true));
    await page.selectOption('#theme', 'light');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await corner(page, 'chart-gdp'), bg(false));
    await page.waitForFunction(() => location.search.includes('theme=light'));
    await context.close();
  }
  // A host forces the theme of an embed, whatever the reader's system says.
  const { page, context } = await openPage(app.browser, app.url + '?embed=1&theme=dark&show=pop', { colorScheme: 'light', width: 375 });
  await ready(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await corner(page, 'chart-pop'), bg(true));
  const bodyBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const hex = bg(true);
  const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  assert.equal(bodyBg, rgb, 'the page behind the widget takes the dark token too');
  await page.screenshot({ path: `${SHOTS}/embed-dark-375.png`, fullPage: true });
  await context.close();
});

test('reduced motion is honoured and nothing is stored', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en', { reducedMotion: 'reduce' });
  await ready(page);
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return (s.animationName !== 'none' && s.animationDuration !== '0s') || parseFloat(s.transitionDuration) > 0.01;
  }).length);
  assert.equal(moving, 0);
  await page.fill('#gdp-number', '6');
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

test('an embed without the host script keeps its height and scrolls inside', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?embed=1&lang=en', { width: 600, height: 360 });
  await ready(page);
  const [scroll, client] = await page.evaluate(() => [document.scrollingElement.scrollHeight, document.scrollingElement.clientHeight]);
  assert.ok(scroll > client, 'the content is taller than the frame');
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
  assert.ok(await page.isVisible('[data-testid="embed-credit"]'));
  const credit = await page.$eval('[data-testid="embed-credit"]', (e) => e.getBoundingClientRect().bottom);
  assert.ok(credit <= 360, 'the last line can be scrolled into view');
  await context.close();
});
