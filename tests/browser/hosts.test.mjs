// The instrument as readers and hosts meet it: the first screen at a desktop's and a
// phone's size in both languages, the widget's height budget, and the widget framed by the
// embed libraries newsrooms use: pym.js from npm (its real Parent) and our own embed.js, with the
// parameters hosts and social links add. Screenshots of each go to test-output/screenshots.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { useApp, openPage, ready, SHOTS } from './helpers.mjs';

const require = createRequire(import.meta.url);
const app = useApp();
let pymSource;
let axeSource;
before(async () => {
  pymSource = await readFile(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

/** Whether an element's box lies wholly inside the viewport. */
async function inView(page, selector) {
  return page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

/** The document's height, as a host sizes a frame to it. */
const documentHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

for (const [width, height] of [[1280, 800], [390, 844]]) {
  for (const lang of ['en', 'zh']) {
    test(`the first screen at ${width}×${height} in ${lang}: the targets and their verdicts, the chart, the control, the headline readouts`, async () => {
      const { page, context, log } = await openPage(app.browser, app.url + `?lang=${lang}`, { width, height });
      await ready(page);
      const missing = [];
      for (const sel of [
        '[data-testid="tab-gdp"]', '[data-testid="tab-pop"]', '[data-testid="tab-re"]',
        '[data-testid="verdict-gdp"]', '[data-testid="verdict-pop"]', '[data-testid="verdict-re"]',
        '[data-chart="gdp"]', '#gdp-range', '#gdp-number',
        '[data-testid="projected-2025-gdp"]', '[data-testid="gap-gdp"]', '[data-testid="required-gdp"]',
      ]) {
        if (!(await inView(page, sel))) missing.push(sel);
      }
      assert.deepEqual(missing, [], 'without scrolling');
      assert.equal(await page.evaluate(() => scrollY), 0);
      // Each of the other indicators is one tap away, and so is its chart.
      await page.click('[data-testid="tab-pop"]');
      await page.waitForSelector('[data-testid="panel-pop"]');
      assert.ok(await inView(page, '[data-chart="pop"]'));
      await page.waitForFunction(() => new URLSearchParams(location.search).get('focus') === 'pop');
      await page.click('[data-testid="tab-gdp"]');
      await page.waitForSelector('[data-testid="panel-gdp"]');
      await page.screenshot({ path: `${SHOTS}/first-screen-${width}-${lang}.png` });
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
}

test('the widget keeps its height budget at 600 and 390 px, one card with tabs for several indicators', async () => {
  const budget = { 600: 560, 390: 720 };
  for (const width of [600, 390]) {
    for (const lang of ['en', 'zh']) {
      for (const show of ['gdp', 'pop', 're', 'gdp,pop', 'gdp,pop,re']) {
        const { page, context } = await openPage(app.browser, app.url + `?embed=1&lang=${lang}&show=${show}`, { width, height: 900 });
        await ready(page);
        const several = show.includes(',');
        const tabRow = several ? await page.$eval('[role="tablist"]', (t) => Math.ceil(t.getBoundingClientRect().height)) : 0;
        assert.equal(await page.$$eval('.card', (p) => p.length), 1, 'one card');
        // A tab panel where tabs choose the card; on its own, a card.
        assert.equal(await page.$$eval('[role="tabpanel"]', (p) => p.length), several ? 1 : 0);
        const fronts = several ? show.split(',') : [show];
        for (const code of fronts) {
          if (several) {
            await page.click(`[data-testid="tab-${code}"]`);
            await page.waitForSelector(`[data-testid="panel-${code}"]`);
          }
          const h = await documentHeight(page);
          assert.ok(h <= budget[width] + tabRow, `${show} (${code} in front) at ${width} px, ${lang}: ${h} px > ${budget[width]} + ${tabRow}`);
        }
        if (lang === 'en' && (show === 'gdp' || show === 'gdp,pop,re')) await page.screenshot({ path: `${SHOTS}/widget-${width}-${show.replaceAll(',', '-')}.png`, fullPage: true });
        await context.close();
      }
    }
  }
});

test('the widget has one heading, and axe finds no violation in it', async () => {
  for (const q of ['?embed=1&lang=en&show=gdp', '?embed=1&lang=zh', '?lang=en']) {
    const { page, context } = await openPage(app.browser, app.url + q, { width: 600 });
    await ready(page);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'rule', values: ['page-has-heading-one', 'landmark-one-main', 'heading-order', 'region'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], q);
    assert.equal(await page.$$eval('h1', (h) => h.length), 1, q);
    await context.close();
  }
});

/** A host page on another origin: a server of the test's own on another port (a response
 * made up inside the browser would count as public, and Chromium keeps public pages from
 * framing local ones), with the page's HTML and, if asked, pym.js. Returns its address. */
async function hostPage(context, html) {
  const server = createServer((req, res) => {
    if (req.url.endsWith('/pym.v1.min.js')) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pymSource);
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  context.on('close', () => server.close());
  return `http://127.0.0.1:${server.address().port}/newsroom/story.html`;
}

for (const width of [600, 390]) {
  test(`pym.js 1.3.2 (npm) as host at ${width} px: the frame fits the widget, follows it, and no host parameter is shown as a correction`, async () => {
    const { page, context, log } = await openPage(app.browser, null, { width: width + 40, height: 900 });
    const widget = `${app.url}?embed=1&lang=en&show=gdp,pop`;
    const host = await hostPage(context, `<!doctype html><html lang="en"><head><title>A newsroom article</title></head><body style="margin:20px">
      <h1>Story</h1><p>Text before the chart.</p><div id="jinan"></div><p>Text after.</p>
      <script src="pym.v1.min.js"></script>
      <script>window.parentPym = new pym.Parent('jinan', ${JSON.stringify(widget)}, { title: 'Jinan Pathways' });</script>
      </body></html>`);
    await page.goto(host);
    const frame = await (await page.waitForSelector('#jinan iframe')).contentFrame();
    await frame.waitForSelector('[data-testid="panel-gdp"]');
    // pym's own parameters reached the widget, as pym adds them to the frame's address.
    const src = new URL(await page.$eval('#jinan iframe', (f) => f.src));
    for (const k of ['initialWidth', 'childId', 'parentTitle', 'parentUrl']) assert.ok(src.searchParams.has(k), k);
    const fits = async () => {
      const content = await documentHeight(frame);
      const framed = await page.$eval('#jinan iframe', (f) => f.getBoundingClientRect().height);
      return Math.abs(content - framed) <= 3 ? true : `frame ${framed}, content ${content}`;
    };
    const settle = async (what) => {
      const end = Date.now() + 10000;
      let r;
      while ((r = await fits()) !== true && Date.now() < end) await page.waitForTimeout(50);
      assert.equal(r, true, what);
    };
    await settle('on load');
    assert.equal(await frame.$('[data-testid="notices"]'), null, 'no correction for pym\'s parameters');
    // The widget grows (a disclosure opened) and the frame follows; and shrinks back.
    const before = await documentHeight(frame);
    await frame.click('[data-testid="widget-more"] > summary');
    await frame.waitForFunction((h) => Math.ceil(document.documentElement.getBoundingClientRect().height) > h + 20, before);
    await settle('after growing');
    await frame.click('[data-testid="widget-more"] > summary');
    await frame.waitForFunction((h) => Math.ceil(document.documentElement.getBoundingClientRect().height) <= h + 1, before);
    await settle('after shrinking');
    // pym's parent asks again on a resize of the window, with its width: the height comes back.
    await page.setViewportSize({ width: width + 80, height: 900 });
    await settle('after the host resized');
    await page.screenshot({ path: `${SHOTS}/host-pym-${width}.png`, fullPage: true });
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('embed.js as host, with tracking parameters in the frame\'s address: it fits and shows no correction; a typo in our own parameter still does', async () => {
  const tracking = 'utm_source=newsletter&utm_medium=email&utm_campaign=nov&fbclid=IwAR0abc&gclid=Cj0K&mc_cid=5f&mc_eid=9e';
  const { page, context, log } = await openPage(app.browser, null, { width: 640, height: 900 });
  const host = await hostPage(context, `<!doctype html><html lang="en"><head><title>Story</title></head><body>
    <h1>Story</h1>
    <iframe id="a" src="${app.url}?embed=1&amp;lang=en&amp;show=gdp&amp;${tracking.replaceAll('&', '&amp;')}" title="Jinan Pathways" width="100%" height="900" frameborder="0"></iframe>
    <iframe id="b" src="${app.url}?embed=1&amp;lang=en&amp;show=gdp&amp;gpd=6" title="Jinan Pathways, with a typo" width="100%" height="900" frameborder="0"></iframe>
    <script src="${app.url}embed.js" defer></script></body></html>`);
  await page.goto(host);
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.getAttribute('data-jinan-pathways-height')), null, { timeout: 20000 });
  // The widget cleans its own address (tracking parameters are dropped), so find each frame by
  // its element.
  const a = await (await page.$('#a')).contentFrame();
  const b = await (await page.$('#b')).contentFrame();
  await a.waitForSelector('[data-testid="panel-gdp"]');
  await b.waitForSelector('[data-testid="notices"]');
  assert.equal(await a.$('[data-testid="notices"]'), null, 'tracking parameters are not corrections');
  assert.match(await b.textContent('[data-testid="notices"]'), /gpd/);
  for (const [id, frame] of [['a', a], ['b', b]]) {
    const content = await documentHeight(frame);
    await page.waitForFunction(([id, h]) => Math.abs(document.getElementById(id).getBoundingClientRect().height - h) <= 3, [id, content], { timeout: 10000 });
  }
  // The credit's link to the full calculator carries the scenario, not the tracking.
  const credit = await a.getAttribute('[data-testid="embed-credit"] a', 'href');
  assert.ok(!/utm_|fbclid|gclid|mc_/.test(credit), credit);
  await page.screenshot({ path: `${SHOTS}/host-embed-js.png`, fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('share previews: og and twitter tags, the card image served as a 1200×675 PNG, absolute with OG_BASE_URL', async () => {
  const { page, context } = await openPage(app.browser, app.url);
  await ready(page);
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [m.getAttribute('property') || m.getAttribute('name'), m.content])));
  assert.match(meta['og:title'], /Jinan Pathways/);
  assert.match(meta['og:description'], /2023–2025/);
  assert.equal(meta['twitter:card'], 'summary_large_image');
  const size = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, meta['og:image']);
  assert.deepEqual(size, [1200, 675]);
  await context.close();
  // Built for a known address, the image's address is absolute.
  const dir = await mkdtemp(join(tmpdir(), 'jinan-og-'));
  await cp('dist', dir, { recursive: true });
  execFileSync('cargo', ['run', '--quiet', '--example', 'postbuild', '--', dir], { env: { ...process.env, OG_BASE_URL: 'https://news.example.org/graphics/jinan/' } });
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  assert.match(html, /<meta property="og:image" content="https:\/\/news\.example\.org\/graphics\/jinan\/og-image\.png">/);
  await rm(dir, { recursive: true });
});
