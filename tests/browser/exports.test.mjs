// Images a newsroom can publish: each size preset downloaded as a reader gets it,
// PNG at twice the CSS size with nothing drawn in its margin, SVG with the title, subtitle, key,
// source and stamp as text. The PNGs are kept in test-output/exports/ to be looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { useApp, openPage, ready, sections, inspectPng, download } from './helpers.mjs';

const app = useApp();
const EXPORTS = 'test-output/exports';

const PRESETS = {
  article: { width: 1600, height: null },
  social: { width: 2400, height: 1350 },
  square: { width: 2160, height: 2160 },
};

for (const lang of ['zh', 'en']) {
  test(`image presets in ${lang}: sizes, clean margins, every part as SVG text`, async () => {
    await mkdir(EXPORTS, { recursive: true });
    const q = `?lang=${lang}&gdp=5&defl=1&band=1`;
    const { page, context, log } = await openPage(app.browser, app.url + q);
    await ready(page);
    await sections(page);
    const title = lang === 'zh' ? /济南GDP能否在2025年达到1\.5万亿元？/ : /Can Jinan's GDP reach .*1\.5 trillion yuan.* by 2025\?/;
    const subtitle = lang === 'zh' ? /实际增速5\.0%、平减指数1\.0%/ : /5\.0% real growth and 1\.0% inflation a year from 2022/;
    const record = lang === 'zh' ? /目标未实现/ : /the target was missed/;
    const source = lang === 'zh' ? /来源：《[^》]+》/ : /Sources: the plan, 《[^》]+》/;
    const maker = lang === 'zh' ? '济南路径' : 'Jinan Pathways';
    const band = lang === 'zh' ? '可能结果区间（50%与90%）' : 'range of likely outcomes (50% and 90%)';
    for (const [preset, want] of Object.entries(PRESETS)) {
      await page.check(`[data-testid="image-${preset}"]`);
      const png = await download(page, 'download-png-gdp');
      assert.equal(png.name, `jinan-pathways-gdp-${preset}.png`);
      await writeFile(`${EXPORTS}/gdp-${preset}-${lang}.png`, png.bytes);
      // The outer 10 CSS px (20 px at 2×) hold nothing: no word runs off the edge.
      const img = await inspectPng(page, png.bytes, 20);
      assert.equal(img.width, want.width, `${preset} width`);
      if (want.height) assert.equal(img.height, want.height, `${preset} height`);
      else assert.ok(img.height > 900 && img.height < 1800, `article height ${img.height}`);
      assert.equal(img.inked, 0, `${preset}: pixels drawn in the margin`);

      const svg = await download(page, 'download-svg-gdp');
      assert.equal(svg.name, `jinan-pathways-gdp-${preset}.svg`);
      const doc = await page.evaluate((text) => {
        const d = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = d.documentElement;
        return {
          error: d.querySelector('parsererror') !== null,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          texts: [...d.querySelectorAll('text')].map((t) => t.textContent.trim()),
        };
      }, svg.bytes.toString('utf8'));
      assert.equal(doc.error, false);
      assert.equal(doc.width * 2, img.width, 'the SVG is the PNG at 1×');
      assert.equal(doc.height * 2, img.height);
      const all = doc.texts.join(lang === 'zh' ? '' : ' ');
      assert.match(all, title, preset);
      assert.match(all, subtitle);
      assert.match(all, record);
      assert.match(all, source);
      assert.ok(all.includes(maker));
      assert.ok(doc.texts.some((t) => t.includes(band)), `${preset}: the band's key entry`);
      // The stamp: the app, its version, the dataset's hash, and this scenario's link.
      assert.ok(doc.texts.some((t) => /Jinan Pathways \d+\.\d+\.\d+ · dataset [0-9a-f]{12} · http/.test(t) && t.includes('gdp=5')), preset);
    }
    // With the band off, its key entry is gone from the file.
    await page.goto(app.url + `?lang=${lang}&gdp=5&defl=1`);
    await ready(page);
    await sections(page);
    const svg = await download(page, 'download-svg-gdp');
    const texts = await page.evaluate((t) => [...new DOMParser().parseFromString(t, 'image/svg+xml').querySelectorAll('text')].map((n) => n.textContent.trim()), svg.bytes.toString('utf8'));
    assert.ok(!texts.some((t) => t.includes(band)), 'no key entry for a band not drawn');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('renewables before a starting capacity: the image is the page\'s chart of what is needed', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  await page.check('[data-testid="image-square"]');
  const png = await download(page, 'download-png-re');
  const img = await inspectPng(page, png.bytes, 20);
  assert.deepEqual([img.width, img.height, img.inked], [2160, 2160, 0]);
  await writeFile(`${EXPORTS}/re-square-en.png`, png.bytes);
  await context.close();
});

test('dark theme images are drawn on the dark background', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en&theme=dark&band=1', { colorScheme: 'dark' });
  await ready(page);
  await sections(page);
  await page.check('[data-testid="image-social"]');
  const png = await download(page, 'download-png-gdp');
  await writeFile(`${EXPORTS}/gdp-social-en-dark.png`, png.bytes);
  const corner = await page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    c.getContext('2d').drawImage(bmp, 0, 0);
    return [...c.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, png.bytes.toString('base64'));
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number));
  assert.deepEqual(corner, bg.slice(0, 3));
  await context.close();
});
