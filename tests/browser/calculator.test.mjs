// The calculator in a real browser: the instrument, its readouts and sliders, the URL, hostile
// links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, ready, value, chartDrawn, front, SHOTS, expected, defaultLink } from './helpers.mjs';

const app = useApp();

const IDS = ['projected-2025', 'gap', 'required', 'reached-year', 'probability', 'reach-at-pace'];
const num = async (page, id) => Number(await value(page, id));

test('loads with no console error; each indicator in front draws its chart and shows every readout', async () => {
  const { page, log, context } = await openPage(app.browser, app.url);
  await ready(page);
  for (const code of ['gdp', 'pop', 're']) {
    await front(page, code);
    const chart = code === 're' ? 'chart-re-required' : `chart-${code}`;
    assert.ok(await chartDrawn(page, chart), `${chart} is blank`);
    for (const id of IDS) {
      const el = await page.$(`[data-testid="${id}-${code}"]`);
      assert.ok(el, `${id}-${code} missing`);
      assert.notEqual(await el.getAttribute('data-value'), null, `${id}-${code} has no data-value`);
    }
    assert.equal(await page.getAttribute(`[data-testid="tab-${code}"]`, 'aria-selected'), 'true');
  }
  await front(page, 'gdp');
  assert.ok(await page.$('[data-testid="required-gdp-real"]'));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

test('readouts are the engine numbers, from the plan base year and from the latest record', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&v=2&gdp=5.4&defl=2.4&from=2022&to=2030');
  await ready(page);
  const needed = ((15000 / 12027.5) ** (1 / 3) - 1) * 100;
  assert.ok(Math.abs((await num(page, 'required-gdp')) - needed) < 1e-9);
  const nominal = (1.054 * 1.024 - 1) * 100;
  assert.ok(Math.abs((await num(page, 'projected-2025-gdp')) - 12027.5 * (1 + nominal / 100) ** 3) < 1e-6);
  const realNeeded = ((1 + needed / 100) / 1.024 - 1) * 100;
  assert.ok(Math.abs((await num(page, 'required-gdp-real')) - realNeeded) < 1e-9);
  // That path meets the target in 2025, which the record says fell short: said beside it.
  assert.equal(await value(page, 'reached-year-gdp'), '2025');
  assert.match(await page.textContent('[data-testid="contradicted-gdp"]'), /the record says 2025 fell short/);
  // From the latest record at the same growth: 2025 is held below 1.5万亿, so 2026.
  assert.equal(await value(page, 'reach-at-pace-gdp'), '2026');
  assert.equal(await value(page, 'probability-gdp'), '', 'no probability without the band');
  // The record's own pace beside the need, over the years the model averages.
  const { gdp, pop, defaults } = expected();
  const avg = `${gdp.average.from}–${gdp.average.to} averaged ${gdp.average.pct.toFixed(1)}%`;
  assert.ok((await page.textContent('[data-testid="required-gdp"]')).includes(`needed 7.6% a year; ${avg}`), avg);
  // The link leaves the population to today's default (the record's latest yearly change).
  await front(page, 'pop');
  const g = 1 + defaults.pop / 100;
  assert.ok(Math.abs((await num(page, 'gap-pop')) - (941.5 * g ** 3 - 1000)) < 1e-6);
  const popYear = pop.latest.year + Math.ceil(Math.log(1000 / pop.latest.value) / Math.log(g));
  assert.equal(await num(page, 'reach-at-pace-pop'), popYear);
  await context.close();
});

test('keyboard on a slider changes readouts and URL; reloading restores them', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  const before = await num(page, 'projected-2025-gdp');
  await page.focus('#gdp-range');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => Number(document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value) > b, before);
  await page.waitForFunction(() => location.search.includes('gdp=5.6'));
  // Once changed, the address carries every model parameter.
  assert.equal(await page.evaluate(() => location.search), defaultLink('en', { gdp: 5.6 }));
  assert.equal(await page.inputValue('#gdp-number'), '5.6');
  const readouts = {};
  for (const id of IDS) readouts[id] = await value(page, `${id}-gdp`);
  await page.reload();
  await ready(page);
  for (const id of IDS) assert.equal(await value(page, `${id}-gdp`), readouts[id], id);
  assert.equal(await page.inputValue('#gdp-range'), '5.6');
  await context.close();
});

test('a slider redraws the chart\'s lines and leaves its frame alone', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  const draws = () => page.$$eval('canvas[data-testid^="chart-gdp"]', (cs) => Object.fromEntries(cs.map((c) => [c.dataset.testid, Number(c.dataset.draws || 0)])));
  // The first move draws both layers: until then the chart is the first screen's picture.
  assert.ok(await page.$('[data-chart="gdp"][data-adopted]'), 'the first screen\'s picture is kept until a move');
  await page.fill('#gdp-number', '5.5');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="chart-gdp-lines"]').dataset.draws) > 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const before = await draws();
  assert.equal(before['chart-gdp'], 1, 'the frame drawn once, on the first move');
  assert.equal(await page.$$eval('svg.fs-chart', (s) => s.length), 0, 'the picture gave way to the canvases');
  await page.fill('#gdp-number', '5.4');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="chart-gdp-lines"]').dataset.draws) > n, before['chart-gdp-lines']);
  // Whatever the same change redraws is redrawn before the next frame is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const after = await draws();
  assert.equal(after['chart-gdp'], before['chart-gdp'], 'the frame was redrawn');
  // A move that takes the lines beyond the axis redraws the frame too, so nothing is cut off.
  await page.fill('#gdp-number', '15');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="chart-gdp"]').dataset.draws) > n, before['chart-gdp']);
  await context.close();
});

test('dragging a slider with the pointer changes readouts and URL', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&focus=pop');
  await ready(page);
  const before = await value(page, 'projected-2025-pop');
  const box = await page.locator('#pop-range').boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((b) => document.querySelector('[data-testid="projected-2025-pop"]').dataset.value !== b, before);
  assert.ok((await num(page, 'projected-2025-pop')) > Number(before));
  await page.waitForFunction(() => /[?&]pop=/.test(location.search) && location.search.includes('focus=pop'));
  await context.close();
});

test('typing in the number box moves the slider; bad input is refused with a message', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await page.fill('#gdp-number', '7.2');
  assert.equal(await page.inputValue('#gdp-range'), '7.2');
  await page.waitForFunction(() => location.search.includes('gdp=7.2'));
  await page.fill('#gdp-number', '40');
  await page.press('#gdp-number', 'Enter');
  assert.equal(await page.inputValue('#gdp-range'), '15');
  assert.equal(await page.inputValue('#gdp-number'), '15');
  assert.match(await page.textContent('.control-msg'), /out of range; using 15/);
  await context.close();
});

test('a hostile URL shows what was corrected, renders nothing as HTML, and the page works', async () => {
  const evil = encodeURIComponent('<img src=x onerror="window.__xss=1">');
  const script = encodeURIComponent('<script>window.__xss=2</script>');
  const q = `?lang=en&gdp=abc&defl=-150&pop=1e999&gdp=9&re_base=${script}&theme=${evil}&${evil}=1&show=gdp,pop,re,evil&to=99999&from=1900&x=${'y'.repeat(6000)}`;
  const { page, log, context } = await openPage(app.browser, app.url + q);
  await ready(page);
  const notices = await page.textContent('[data-testid="notices"]');
  assert.match(notices, /`gdp=abc` was not a number; using 5\.4/);
  assert.match(notices, /`gdp` was given more than once/);
  assert.match(notices, /`defl=-150` is out of range; using -5/);
  assert.match(notices, /<img src=x onerror/, 'the raw value is shown as text');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0);
  assert.equal(await page.$$eval('main script', (s) => s.length), 0);
  // Still a working page: a slider moves the readouts.
  const before = await value(page, 'projected-2025-gdp');
  await page.fill('#gdp-number', '8');
  await page.waitForFunction((b) => document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value !== b, before);
  // The address is now the corrected scenario.
  await page.waitForFunction(() => !location.search.includes('abc'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('renewables without a start show the required-addition chart and ask for one', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&focus=re');
  await ready(page);
  assert.ok(await chartDrawn(page, 'chart-re-required'));
  assert.match(await page.textContent('[data-testid="re-prompt"]'), /no official figure/);
  assert.equal(await value(page, 'projected-2025-re'), '');
  assert.equal(await value(page, 'required-re'), '');
  assert.equal(await value(page, 'verdict-re'), 'unknown');
  await page.fill('#re-base', '250');
  await page.waitForSelector('[data-testid="chart-re"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="projected-2025-re"]').dataset.value === '250');
  assert.equal(await num(page, 'required-re'), 60);
  assert.match(await page.textContent('[data-testid="projected-2025-re"]'), /your assumption/);
  await page.fill('#re-number', '60');
  await page.waitForFunction(() => document.querySelector('[data-testid="reached-year-re"]').dataset.value === '2025');
  assert.ok(await chartDrawn(page, 'chart-re'));
  await context.close();
});

test('shared controls: base year, horizon and the band', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await page.selectOption('#base-year', '2024');
  await page.waitForFunction(() => Math.abs(Number(document.querySelector('[data-testid="required-gdp"]').dataset.value) - (15000 / 13527.6 - 1) * 100) < 1e-9);
  await page.check('#band');
  await page.waitForFunction(() => document.querySelector('[data-testid="probability-gdp"]').dataset.value !== '');
  await front(page, 're');
  assert.equal(await value(page, 'probability-re'), '', 'renewables have no series to give a spread');
  await front(page, 'gdp');
  await page.fill('#horizon', '2035');
  await page.waitForFunction(() => location.search.includes('to=2035') && location.search.includes('from=2024') && location.search.includes('band=1'));
  // The defaults' basis is one click away.
  await page.click('[data-testid="defaults-note"] summary');
  await page.waitForFunction(() => /implied deflator/.test(document.querySelector('[data-testid="defaults-note"]').textContent));
  await context.close();
});

test('layout from a 320 px phone to a wide desktop, with screenshots', async () => {
  for (const width of [320, 375, 1280]) {
    const { page, context } = await openPage(app.browser, app.url + '?lang=zh&band=1&re_base=200&re=50', { width, height: 800 });
    await ready(page);
    for (const code of ['gdp', 'pop', 're']) {
      await front(page, code);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px (${code})`);
      const control = { gdp: '#gdp-range', pop: '#pop-range', re: '#re-base' }[code];
      const box = await page.locator(control).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width + 1, `${control} outside the viewport at ${width}px`);
    }
    if (width !== 320) await page.screenshot({ path: `${SHOTS}/calculator-${width}.png`, fullPage: true });
    await context.close();
  }
});
