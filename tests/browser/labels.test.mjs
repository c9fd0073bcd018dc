// A chart that reads at a glance, as readers meet it: each line named in the chart,
// the words kept apart and inside the chart, each word's box at least as wide as the browser
// draws it, the key one click away next to the chart, and screenshots of the widget (390 and
// 600 px, with and without the band), the page (390 and 1280 px) and every export preset, in
// both languages, light and dark, in test-output/labels/. That no word lies on a line is
// checked natively over random scenarios (tests/labels.rs), on the chart's own SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { useApp, openPage, ready, sections, download } from './helpers.mjs';

const app = useApp();
const OUT = 'test-output/labels';

/** The chart's words, in CSS pixels, and the chart's own size: those the front canvas drew, or
 * (a chart still the first screen's picture) the picture's own words as this browser lays them
 * out, each with its line's key (a word takes its line's colour; the axes' are left out). */
async function words(page, code = 'gdp') {
  return page.$eval(`[data-testid="chart-${code}-lines"]`, (c) => {
    const box = c.closest('.chart').getBoundingClientRect();
    const svg = [...(c.closest('[data-adopted]')?.querySelectorAll('svg.fs-chart') || [])].find((s) => s.getBoundingClientRect().width > 0);
    if (!svg) {
      return { labels: JSON.parse(c.dataset.labels || '[]'), width: box.width, height: box.height };
    }
    const keys = { target: 'key-target', history: 'key-history', projection: 'key-pace', 'path-base': 'key-path-base', required: 'key-required', outcome: 'key-outcome', guess: 'key-guess', 'projection-b': 'key-projection-b' };
    const labels = [...svg.querySelectorAll('text')]
      .map((t) => [t, keys[(t.getAttribute('class') || '').replace(/^f-/, '')]])
      .filter(([, key]) => key)
      .map(([t, key]) => {
        // The box the placement kept clear is the backdrop drawn just before the word.
        const back = t.previousElementSibling;
        const r = (back?.matches('rect.f-bg') ? back : t).getBoundingClientRect();
        return { key, text: t.textContent, size: Number(t.getAttribute('font-size')), box: [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top] };
      });
    return { labels, width: box.width, height: box.height };
  });
}

/** Each word's width as this browser measures it, in its font and size. */
async function measured(page, labels) {
  return page.evaluate((ls) => {
    const ctx = document.createElement('canvas').getContext('2d');
    return ls.map((l) => {
      ctx.font = `${l.size}px sans-serif`;
      return ctx.measureText(l.text).width;
    });
  }, labels);
}

function disjoint(labels) {
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].box, labels[j].box];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) return `${labels[i].text} on ${labels[j].text}`;
    }
  }
  return null;
}

const VIEWS = [
  ['widget-390', '&embed=1&show=gdp', 390, 620],
  ['widget-390-band', '&embed=1&show=gdp&band=1', 390, 620],
  ['widget-600', '&embed=1&show=gdp', 600, 620],
  ['widget-600-band', '&embed=1&show=gdp&band=1', 600, 620],
  ['page-390', '&band=1', 390, 844],
  ['page-1280', '&band=1', 1280, 800],
];

for (const lang of ['en', 'zh']) {
  for (const theme of ['light', 'dark']) {
    test(`${lang}, ${theme}: the widget and the page name their lines, the words apart and inside the chart`, async () => {
      await mkdir(OUT, { recursive: true });
      for (const [name, q, width, height] of VIEWS) {
        const { page, context, log } = await openPage(app.browser, app.url + `?lang=${lang}&theme=${theme}${q}`, { width, height, colorScheme: theme });
        await ready(page);
        const w = await words(page);
        const keys = w.labels.map((l) => l.key);
        assert.ok(keys.includes('key-target'), `${name}: the target keeps its label (${keys})`);
        assert.ok(keys.includes('key-history') || width < 600, `${name}: the record is named (${keys})`);
        if (width >= 600) assert.ok(keys.includes('key-pace'), `${name}: your setting is named (${keys})`);
        assert.equal(disjoint(w.labels), null, name);
        for (const l of w.labels) {
          const [x0, y0, x1, y1] = l.box;
          assert.ok(x0 >= 0 && y0 >= 0 && x1 <= w.width && y1 <= w.height, `${name}: ${l.text} inside the chart`);
        }
        // The box the placement kept clear is at least as wide as this browser's text.
        const widths = await measured(page, w.labels);
        w.labels.forEach((l, i) => assert.ok(widths[i] <= l.box[2] - l.box[0] + 0.5, `${name}: "${l.text}" is ${widths[i].toFixed(1)} px, its box ${l.box[2] - l.box[0]}`));
        // The key is one click away, next to the chart: between it and the controls.
        const key = await page.$('[data-testid="chart-key"], [data-testid="widget-more"]');
        assert.ok(key, `${name}: a key`);
        if (name.startsWith('page')) {
          const [chart, keyTop, control] = await page.evaluate(() => [
            document.querySelector('[data-testid="chart-gdp"]').getBoundingClientRect().bottom,
            document.querySelector('[data-testid="chart-key"]').getBoundingClientRect().top,
            document.querySelector('#gdp-range').getBoundingClientRect().top,
          ]);
          assert.ok(keyTop >= chart - 1 && keyTop - chart < 40, `${name}: the key right under the chart (${chart} → ${keyTop})`);
          if (width < 600) assert.ok(keyTop < control, `${name}: above the controls`);
          await page.click('[data-testid="chart-key"] summary');
          assert.ok((await page.$$('[data-testid="chart-key"] [data-testid="legend"] li')).length >= w.labels.length - 1);
        }
        const shot = await page.$(name.startsWith('page') ? '.inst-chart' : 'main');
        await shot.screenshot({ path: `${OUT}/${name}-${lang}-${theme}.png` });
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    });
  }
}

test('a slider move moves the words with the lines, and keeps them apart', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&band=1', { width: 390, height: 844 });
  await ready(page);
  const before = await words(page);
  await page.fill('#gdp-number', '9');
  await page.waitForFunction((b) => document.querySelector('[data-testid="chart-gdp-lines"]').dataset.labels !== b, JSON.stringify(before.labels));
  const after = await words(page);
  assert.notDeepEqual(after.labels, before.labels);
  assert.equal(disjoint(after.labels), null);
  await context.close();
});

test('printing opens the key', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  assert.equal(await page.$eval('[data-testid="chart-key"]', (d) => d.open), false);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.$eval('[data-testid="chart-key"]', (d) => d.open), true);
  await context.close();
});

for (const lang of ['en', 'zh']) {
  for (const theme of ['light', 'dark']) {
    test(`${lang}, ${theme}: every export preset, as a newsroom downloads it`, async () => {
      await mkdir(OUT, { recursive: true });
      const { page, context } = await openPage(app.browser, app.url + `?lang=${lang}&theme=${theme}&band=1`, { colorScheme: theme });
      await ready(page);
      await sections(page);
      for (const preset of ['article', 'social', 'square']) {
        await page.check(`[data-testid="image-${preset}"]`);
        const png = (await download(page, 'download-png-gdp')).bytes;
        assert.ok(png.length > 10000, `${preset}: ${png.length} bytes`);
        await writeFile(`${OUT}/export-${preset}-${lang}-${theme}.png`, png);
      }
      await context.close();
    });
  }
}
