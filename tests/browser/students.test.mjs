// For students: presets, comparison, the math explained, the plan's projects, predict-then-reveal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, startServer, openPage, ready, value, chartDrawn, front, sections, expected } from './helpers.mjs';

const app = useApp();

const num = async (page, id) => Number(await value(page, id));

test('a comparison link restores both scenarios, side by side with the difference', async () => {
  const { page, log, context } = await openPage(app.browser, app.url + '?lang=en&gdp=6&b_gdp=4&b_pop=0.2');
  await ready(page);
  await sections(page);
  assert.equal(await page.isChecked('#compare'), true);
  assert.equal(await page.inputValue('#b-gdp-number'), '4');
  assert.equal(await page.inputValue('#b-pop-number'), '0.2');
  const a = await num(page, 'compare-gdp-a');
  const b = await num(page, 'compare-gdp-b');
  assert.equal(String(a), await value(page, 'projected-2025-gdp'));
  assert.ok(Math.abs(b - 12027.5 * (1.04 * 1.024) ** 3) < 1e-6, `B ${b}`);
  assert.ok(Math.abs((await num(page, 'compare-gdp-diff')) - (b - a)) < 1e-9);
  assert.ok(Math.abs((await num(page, 'compare-pop-b')) - 941.5 * 1.002 ** 3) < 1e-9);
  assert.ok(await chartDrawn(page, 'chart-gdp'));
  // B is drawn on the chart in front, and in its key.
  assert.ok(await page.$('[data-testid="legend"] [data-key="key-projection-b"]'));
  await page.fill('#b-gdp-number', '3.5');
  await page.waitForFunction(() => location.search.includes('b_gdp=3.5'));
  // Switching the comparison off takes B out of the link.
  await page.uncheck('#compare');
  await page.waitForFunction(() => !location.search.includes('b_'));
  assert.equal(await page.$('[data-testid="compare-table"]'), null);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('presets set the scenario from the data and say where it comes from', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  await page.click('[data-testid="preset-plan-needed"]');
  await page.waitForFunction(() => Math.abs(Number(document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value) / 15000 - 1) < 2e-4);
  assert.equal(await value(page, 'reached-year-gdp'), '2025');
  await front(page, 'pop');
  assert.ok(Math.abs((await num(page, 'projected-2025-pop')) / 1000 - 1) < 2e-4);
  await front(page, 'gdp');
  await page.click('[data-testid="preset-recorded"]');
  await page.waitForFunction(() => document.querySelector('#base-year').value === '2024');
  assert.equal(await value(page, 'base-gdp'), '13527.6');
  await page.click('[data-testid="preset-target-2025"]');
  await page.waitForFunction(() => document.querySelector('#gdp-number').value === '5.5');
  await page.waitForFunction(() => location.search.includes('gdp=5.5') && location.search.includes('from=2024'));
  assert.match(await page.textContent('.presets'), /about 5\.50% real growth, from the last recorded year 2024/);
  // The city's 2026 target: its floor of 5%, from 2024.
  await page.click('[data-testid="preset-target-2026"]');
  await page.waitForFunction(() => document.querySelector('#gdp-number').value === '5');
  assert.match(await page.textContent('.presets'), /“地区生产总值增长5%以上”/);
  await context.close();
});

test('the math panel shows the engine numbers the readouts show, and how the chance is conditioned', async () => {
  for (const q of ['?lang=en&band=1', '?lang=zh&band=1&pop_mode=add&pop=9&from=2023']) {
    const { page, context } = await openPage(app.browser, app.url + q);
    await ready(page);
    await sections(page);
    for (const code of ['gdp', 'pop']) {
      await front(page, code);
      await page.waitForSelector(`[data-testid="math-${code}"]`);
      assert.equal(await value(page, `math-projected-${code}`), await value(page, `projected-2025-${code}`), `${q} ${code} projected`);
      assert.equal(await value(page, `math-required-${code}`), await value(page, `required-${code}`), `${q} ${code} required`);
      assert.equal(await value(page, `math-probability-${code}`), await value(page, `probability-${code}`), `${q} ${code} probability`);
      assert.ok(await page.$(`[data-testid="math-probability-from-base-${code}"]`), 'the unconditioned chance, for comparison');
      const years = Number(await value(page, `math-years-${code}`));
      const reached = await value(page, `reached-year-${code}`);
      if (reached) assert.equal(Number(reached), Number(await page.inputValue('#base-year')) + Math.ceil(years - 1e-9), code);
    }
    await front(page, 'gdp');
    await page.waitForSelector('[data-testid="math-gdp"]');
    assert.equal(await value(page, 'math-required-real-gdp'), await value(page, 'required-gdp-real'));
    // The chance starts from the latest record (the model's), whatever the link's base year.
    const { gdp } = expected();
    const math = await page.textContent('[data-testid="math-gdp"]');
    assert.ok(math.includes(`| V_${gdp.latest.year} = ${gdp.latest.value})`), math);
    // It follows the sliders once they settle.
    await page.fill('#gdp-number', '7.7');
    await page.waitForFunction(() => document.querySelector('[data-testid="math-projected-gdp"]')?.dataset.value === document.querySelector('[data-testid="projected-2025-gdp"]').dataset.value && document.querySelector('#gdp-number').value === '7.7');
    assert.match(await page.textContent('[data-testid="math-gdp"]'), /\(1 \+ 7\.7%\)/);
    await context.close();
  }
});

test("the plan's 10 areas and 50 tasks are all listed, with the tracker and the audit", async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  // These sections are built after the first frame; wait for the last of them.
  await page.waitForSelector('[data-testid="audit-headline"]');
  const areas = await page.$$eval('[data-testid^="area-row-"]', (rows) => rows.length);
  assert.equal(areas, 10);
  assert.equal(await page.$$eval('details[data-testid^="area-"]', (d) => d.length), 10);
  const tasks = await page.$$eval('[data-testid^="task-"]', (ts) => ts.map((t) => Number(t.dataset.testid.slice(5))));
  assert.deepEqual(tasks, Array.from({ length: 50 }, (_, i) => i + 1));
  assert.equal(await page.textContent('[data-testid="areas-total-projects"]'), '1301');
  assert.equal(await value(page, 'areas-total-investment'), '24101.82');
  const register = await page.$$eval('[data-testid="tracker"] tbody tr', (r) => r.length);
  const data = JSON.parse(await readFile('data/jinan.json', 'utf8'));
  const targets = data.tasks.flatMap((t) => t.targets).length;
  assert.equal(register, targets, 'one row for each quantified target in the dataset');
  assert.match(await page.textContent('[data-testid="status-gdp"]'), /at least 15000亿元/);
  assert.match(await page.textContent('[data-testid="status-kindergartens"]'), /unknown/);
  assert.match(await page.textContent('[data-testid="audit-headline"]'), /107 checks in all.*found 2 discrepancies/);
  assert.match(await page.textContent('[data-testid="audit"]'), /37\.34/);
  assert.ok(await chartDrawn(page, 'chart-areas'));
  await page.click('[data-testid="area-1"] summary');
  assert.match(await page.textContent('[data-testid="target-talent"]'), /at least 300万人/);
  await context.close();
});

test('the delivery slider is arithmetic on the plan and lives in the URL', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  await page.fill('#delivery-number', '50');
  await page.waitForFunction(() => document.querySelector('[data-testid="delivered-total"]').dataset.value === String(24101.82 / 2));
  assert.equal(await num(page, 'delivered-5'), 6551.23 / 2);
  await page.waitForFunction(() => location.search.includes('delivery=50'));
  assert.match(await page.textContent('.delivery'), /makes no claim about what investment does to GDP/);
  await context.close();
});

test('predict mode hides the answers until Reveal, the sections too, then shows them', async () => {
  const { page, log, context } = await openPage(app.browser, app.url + '?lang=en&predict=1&guess_gdp=2023_12600_13400_14500');
  await page.waitForSelector('[data-testid="predict"]');
  await page.waitForSelector('[data-testid="chart-gdp"][data-draws]');
  await sections(page);
  for (const hidden of ['projected-2025-gdp', 'gap-pop', 'reality-gdp', 'register', 'summary-gdp', 'recorded-gdp-2024', 'math-gdp', 'promises-link', 'evidence-gdp']) {
    assert.equal(await page.$(`[data-testid="${hidden}"]`), null, `${hidden} shown before Reveal`);
  }
  // The line the link carries is drawn with the history, before the answers.
  assert.deepEqual(JSON.parse(await page.getAttribute('[data-testid="drawn-gdp"]', 'data-value')), { 2023: 12600, 2024: 13400, 2025: 14500 });
  assert.ok(await chartDrawn(page, 'chart-gdp-lines'), 'the line is drawn');
  await page.click('[data-testid="reveal"]');
  await page.waitForSelector('[data-testid="projected-2025-gdp"]');
  await page.waitForSelector('[data-testid="reality-gdp"]');
  assert.match(await page.textContent('[data-testid="drawn-result-gdp"]'), /2025: you drew 1\.45 trillion yuan, recorded 1\.42 trillion yuan, third-party \(\+2\.0%\); the official record says only between 1\.4 trillion yuan and 1\.5 trillion yuan, and your line is inside\./);
  await sections(page);
  assert.ok(await page.$('[data-testid="math-gdp"]'), 'the working follows the reveal');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a preset clicked just after a tab keeps the tab: the sections send only what they change', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  // Within the moment before the sections hear of the tab (they are told once the sliders
  // settle), a preset below changes the base year and growth.
  await page.click('[data-testid="tab-pop"]');
  await page.click('[data-testid="preset-recorded"]');
  await page.waitForFunction(() => new URLSearchParams(document.documentElement.dataset.jinanQuery).get('from') === '2024');
  const q = new URLSearchParams(await page.evaluate(() => document.documentElement.dataset.jinanQuery));
  assert.equal(q.get('focus'), 'pop', 'the tab stays');
  assert.equal(await page.getAttribute('[data-testid="panel-pop"]', 'data-testid'), 'panel-pop');
  await context.close();
});
