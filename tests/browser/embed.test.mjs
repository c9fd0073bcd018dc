// For journalists: embed, share, export, and the security policy, in a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, startServer, openPage, ready, value, chartDrawn, until, front, sections, SHOTS, defaultLink, download } from './helpers.mjs';

const app = useApp();

const origin = () => new URL(app.url).origin;
const offOrigin = (requests) => requests.filter((r) => !r.startsWith(origin()) && !r.startsWith('data:') && !r.startsWith('blob:'));

async function widgetHeights(page) {
  return page.$$eval('iframe', (fs) => fs.map((f) => ({ id: f.id, style: f.style.height, attr: f.getAttribute('data-jinan-pathways-height') })));
}

async function widgetsOnly(page) {
  return (await widgetHeights(page)).filter((f) => f.id.startsWith('widget-'));
}

test('the example article: both widgets load, report their heights and are resized by embed.js', async () => {
  const { page, log, context } = await openPage(app.browser, app.url + 'examples/article.html', { width: 800, height: 900 });
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.getAttribute('data-jinan-pathways-height')), null, { timeout: 20000 });
  for (const id of ['widget-gdp', 'widget-pop']) {
    const frame = page.frame({ url: (u) => u.href.includes(id === 'widget-gdp' ? 'show=gdp' : 'show=pop') });
    await frame.waitForSelector('[data-testid="embed-credit"]');
    const bodyHeight = await frame.evaluate(() => document.body.offsetHeight);
    const frameHeight = await page.$eval(`#${id}`, (f) => f.getBoundingClientRect().height);
    assert.ok(Math.abs(frameHeight - bodyHeight) <= 2, `${id}: frame ${frameHeight}px, content ${bodyHeight}px`);
    assert.equal(await frame.$('header.page-header'), null, 'no page header in embed mode');
    assert.equal(await frame.$('.reality'), null, 'no reality check in embed mode');
  }
  const gdp = page.frame({ url: (u) => u.href.includes('show=gdp') });
  assert.equal(await gdp.$('[data-testid="panel-pop"]'), null, 'only the chosen indicator');
  assert.ok(await chartDrawn(gdp, 'chart-gdp'));
  // The credit links to the full calculator at the same scenario.
  const credit = await gdp.getAttribute('[data-testid="embed-credit"] a', 'href');
  assert.ok(credit.includes('gdp=6') && !credit.includes('embed=1'), credit);
  assert.deepEqual(offOrigin(log.requests), []);
  assert.deepEqual(log.errors, []);
  await page.screenshot({ path: `${SHOTS}/article-800.png`, fullPage: true });
  await context.close();
});

test('embed.js ignores messages from other windows and bad heights', async () => {
  const { page, context } = await openPage(app.browser, app.url + 'examples/article.html', { width: 800, height: 900 });
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.getAttribute('data-jinan-pathways-height')), null, { timeout: 20000 });
  const before = await widgetsOnly(page);
  // Every height any frame is given from now on, in order.
  await page.evaluate(() => {
    window.__applied = [];
    new MutationObserver((ms) => ms.forEach((m) => window.__applied.push(`${m.target.id} ${m.target.style.height}`)))
      .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['style'] });
  });
  const msg = (height) => ({ sender: 'jinan-pathways', type: 'resize', height });
  // From the host page itself.
  await page.evaluate((m) => window.postMessage(m, '*'), msg(333));
  // From another frame on the page that is not a widget.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'stranger';
    document.body.appendChild(f);
  });
  const stranger = page.frames().find((f) => f.url() === 'about:blank');
  await stranger.evaluate((m) => parent.postMessage(m, '*'), msg(444));
  // From a widget, but with heights that are not sane.
  const gdp = page.frame({ url: (u) => u.href.includes('show=gdp') });
  for (const h of [Number.NaN, 1e9, -5, 0, '500', null, Infinity]) {
    await gdp.evaluate((m) => parent.postMessage(m, '*'), msg(h));
  }
  await gdp.evaluate(() => parent.postMessage({ sender: 'someone-else', type: 'resize', height: 555 }, '*'));
  // Then a sane height by the same path: messages are handled in the order they were posted, so
  // once this one is applied, every one before it has been handled.
  await gdp.evaluate((m) => parent.postMessage(m, '*'), msg(777));
  await page.waitForFunction(() => document.querySelector('#widget-gdp').style.height === '777px');
  const applied = await page.evaluate(() => window.__applied);
  assert.deepEqual(applied.filter((a) => !a.startsWith('widget-gdp 777px')), [], 'only the sane height was applied');
  assert.equal(await page.$eval('#stranger', (f) => f.style.height), '', 'the stranger frame was not resized');
  const after = await widgetsOnly(page);
  assert.deepEqual(after.filter((f) => f.id !== 'widget-gdp'), before.filter((f) => f.id !== 'widget-gdp'));
  await context.close();
});

test('the widget reports its height in both message forms', async () => {
  const { page, context } = await openPage(app.browser, app.url + 'examples/article.html', { width: 800, height: 900 });
  await page.evaluate(() => {
    window.__seen = [];
    window.addEventListener('message', (e) => window.__seen.push(e.data));
  });
  await page.evaluate(() => document.querySelector('#widget-gdp').setAttribute('src', document.querySelector('#widget-gdp').src + '&band=1'));
  // The two forms of one report: a listener added while a widget is reporting may hear only
  // the second of a pair, so wait for a pair with the same height.
  await page.waitForFunction(() => window.__seen.some((a) => a && a.sentinel === 'amp' && window.__seen.some((o) => o && o.sender === 'jinan-pathways' && o.height === a.height)), null, { timeout: 20000 });
  const seen = await page.evaluate(() => window.__seen);
  const amp = seen.find((a) => a && a.sentinel === 'amp' && seen.some((o) => o && o.sender === 'jinan-pathways' && o.height === a.height));
  const own = seen.find((o) => o && o.sender === 'jinan-pathways' && o.height === amp.height);
  assert.equal(own.type, 'resize');
  assert.equal(amp.type, 'embed-size');
  assert.ok(Number.isFinite(own.height) && own.height > 200);
  assert.equal(own.height, amp.height);
  await context.close();
});

test('content-hashed files are kept for a year; the page, the worker and embed.js are revalidated', async () => {
  const html = await (await fetch(app.url)).text();
  // What the page loads (its styles are inline): the scripts it links and imports, the wasm its
  // loader fetches, and the sections' files it names.
  const built = [...html.matchAll(/["' ]\.\/([^"' ]+-[0-9a-f]{8,}(?:_bg)?\.(?:js|wasm|css))["' ]/g)].map((m) => m[1]);
  assert.ok(built.some((f) => f.endsWith('_bg.wasm')) && built.some((f) => f.startsWith('jinan-more')), built.join());
  for (const f of built) {
    assert.equal((await fetch(app.url + f)).headers.get('cache-control'), 'public, max-age=31536000, immutable', f);
  }
  for (const f of ['', '?lang=en', 'sw.js', 'embed.js']) {
    const r = await fetch(app.url + f);
    assert.equal(r.status, 200, f);
    assert.equal(r.headers.get('cache-control'), 'no-cache', f);
    assert.match(r.headers.get('content-security-policy'), /frame-ancestors \*/, f);
  }
});

test('under the production CSP the app starts with no violation, and only because of it', async () => {
  for (const q of ['?lang=en', '?embed=1&show=gdp,re&re_base=100']) {
    const { page, log, context } = await openPage(app.browser, app.url + q);
    await ready(page);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], q);
    assert.deepEqual(log.errors, [], q);
    assert.deepEqual(offOrigin(log.requests), [], q);
    await context.close();
  }
  const headers = await readFile('dist/_headers', 'utf8');
  const csp = headers.match(/Content-Security-Policy: (.*)/)[1];
  assert.ok(csp.includes("'wasm-unsafe-eval'") && !csp.includes('unsafe-inline') && !/'unsafe-eval'/.test(csp));
  const strict = await startServer({ override: { 'Content-Security-Policy': csp.replace(" 'wasm-unsafe-eval'", '') } });
  try {
    const { page, context, log } = await openPage(app.browser, strict.url);
    // The positive signal first: the policy refused to compile the wasm, and the loader failed.
    await page.waitForFunction(() => window.__csp.some((v) => v.includes('script-src') || v.includes('wasm')));
    await until(() => log.errors.some((e) => /WebAssembly|CompileError|wasm/i.test(e)), 'the loader reports the refused wasm');
    assert.equal(await page.$('html[data-ready]'), null, 'the app started without wasm-unsafe-eval');
    assert.ok(await page.$('#app > .fs'), 'the first screen stays');
    await context.close();
  } finally {
    strict.server.close();
  }
});

test('the share panel: the link and the embed code follow the scenario', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  // Even before anything is changed, the link spells out every model parameter.
  assert.equal(await page.inputValue('[data-testid="share-link"]'), app.url + defaultLink('en'));
  await page.fill('#gdp-number', '6.6');
  await page.waitForFunction(() => document.querySelector('[data-testid="share-link"]').value.includes('gdp=6.6'));
  const link = await page.inputValue('[data-testid="share-link"]');
  assert.equal(link, app.url + defaultLink('en', { gdp: 6.6 }));
  const code = await page.inputValue('[data-testid="embed-code"]');
  // The widget's link: the same scenario, with embed=1 after the language, escaped for HTML.
  const src = defaultLink('en', { gdp: 6.6 }).replace('&lang=en', '&lang=en&embed=1').replaceAll('&', '&amp;');
  assert.ok(code.startsWith(`<iframe src="${app.url}${src}" title="`), code);
  assert.match(code, /" title="[^"]+" loading="lazy" width="100%" height="\d+" frameborder="0"><\/iframe>/);
  assert.ok(code.includes(`<script src="${app.url}embed.js" defer></script>`), code);
  // Copy puts the exact link on the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await page.click('[data-testid="copy-link"]');
  await page.waitForFunction(() => document.querySelector('.share .control-msg').textContent === 'Copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.click('[data-testid="copy-embed"]');
  await page.waitForFunction((c) => navigator.clipboard.readText().then((t) => t === c), code);
  await context.close();
});

test('downloads: CSV matches the readouts, SVG is well-formed, PNG decodes, JSON reproduces the scenario', async () => {
  const q = '?lang=en&gdp=6.1&defl=1.2&band=1&re_base=300&re=25';
  const { page, context } = await openPage(app.browser, app.url + q);
  await ready(page);
  await sections(page);
  for (const code of ['gdp', 'pop', 're']) {
    const csv = await download(page, `download-csv-${code}`);
    assert.equal(csv.name, `jinan-pathways-${code}.csv`);
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    assert.ok(lines[0].startsWith('# Jinan Pathways') && lines[0].includes('dataset sha256'));
    assert.ok(lines.some((l) => l.startsWith('# scenario: ') && l.includes('gdp=6.1')));
    const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split(','));
    const header = rows[0];
    assert.equal(header[0], 'year');
    assert.match(header[2], /^projection \((亿元|万人|万千瓦)\)$/);
    const row2025 = rows.find((r) => r[0] === '2025');
    const projection = header.findIndex((h) => h.startsWith('projection ('));
    assert.equal(projection, 2);
    await front(page, code);
    assert.equal(row2025[projection], await value(page, `projected-2025-${code}`), code);
  }
  const svg = await download(page, 'download-svg-gdp');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, desc: doc.querySelector('desc')?.textContent };
  }, svg.bytes.toString('utf8'));
  assert.deepEqual([parsed.error, parsed.root], [false, 'svg']);
  assert.match(parsed.desc, /Jinan Pathways .* dataset [0-9a-f]{12}/);
  const png = await download(page, 'download-png-gdp');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  const size = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return [bmp.width, bmp.height];
  }, png.bytes.toString('base64'));
  assert.equal(size[0], 1600, 'the article preset, drawn at twice its 800 CSS px');
  assert.equal(png.name, 'jinan-pathways-gdp-article.png');
  const jsonText = (await download(page, 'download-json')).bytes.toString('utf8');
  // Same scenario (the indicator in front is part of it), same bytes.
  assert.equal((await download(page, 'download-json')).bytes.toString('utf8'), jsonText);
  const json = JSON.parse(jsonText);
  assert.equal(json.stamp.app, 'Jinan Pathways');
  assert.match(json.stamp.dataset_sha256, /^[0-9a-f]{64}$/);
  assert.match(json.stamp.citation, /Jinan Pathways/);
  const readouts = {};
  for (const code of ['gdp', 'pop', 're']) {
    await front(page, code);
    readouts[code] = await value(page, `projected-2025-${code}`);
  }
  await front(page, 'gdp');
  assert.equal(String(json.results[0].projected_2025), readouts.gdp);
  assert.equal(json.results[0].reach_at_pace_year, Number(await value(page, 'reach-at-pace-gdp')));
  const { page: p2, context: c2 } = await openPage(app.browser, json.stamp.scenario_url);
  await ready(p2);
  for (const code of ['gdp', 'pop', 're']) {
    await front(p2, code);
    assert.equal(await value(p2, `projected-2025-${code}`), readouts[code], code);
  }
  await c2.close();
  await context.close();
});

test('lock=1 has no editable control, in the page and in the embed', async () => {
  for (const q of ['?lock=1&lang=en&re_base=200', '?embed=1&lock=1&lang=en&re_base=200']) {
    const { page, context } = await openPage(app.browser, app.url + q);
    await ready(page);
    if (!q.includes('embed')) await sections(page);
    // Lock fixes the scenario; the size of a downloaded image is not part of it, nor is which
    // of the plan's targets the tracker lists (its filters and order are a view, not a setting),
    // nor the colours the reader reads in.
    const editable = await page.$$eval(
      'input:not([disabled]):not([readonly]):not([name="image-size"]), select:not([disabled]):not([data-testid^="filter-"]):not([data-testid="sort-promises"]):not(#theme), textarea:not([readonly]), [contenteditable="true"]',
      (els) => els.map((e) => e.id || e.outerHTML.slice(0, 60)),
    );
    assert.deepEqual(editable, [], q);
    if (q.includes('embed')) assert.ok(await page.$('[data-testid="embed-credit"] a'), 'a way to change the scenario');
    assert.match(await page.textContent('[data-testid="panel-gdp"]'), /5\.4% a year/);
    if (!q.includes('embed')) {
      assert.ok(await page.$('[data-testid="share-link"]'), 'the link can still be copied');
      assert.equal(await page.$$eval('[name="image-size"]', (els) => els.length), 3, 'and an image of any size downloaded');
    }
    await context.close();
  }
});

test('works under a sub-path, as newsroom hosting needs', async () => {
  const sub = await startServer({ base: '/tools/jinan/' });
  try {
    const { page, log, context } = await openPage(app.browser, sub.url + '?lang=en&gdp=7');
    await ready(page);
    await sections(page);
    assert.ok(await chartDrawn(page, 'chart-gdp'));
    assert.ok(log.requests.every((r) => r.startsWith(sub.url) || r.startsWith('data:')), JSON.stringify(log.requests));
    assert.deepEqual(log.errors, []);
    assert.equal(await page.inputValue('[data-testid="share-link"]'), sub.url + '?v=2&lang=en&from=2022&to=2025&gdp=7&defl=2.4&pop_mode=rate&pop=0.8&re_mode=add&re=0');
    assert.ok((await page.inputValue('[data-testid="embed-code"]')).includes(`${sub.url}embed.js`));
    await context.close();
    const art = await openPage(app.browser, sub.url + 'examples/article.html');
    await art.page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.getAttribute('data-jinan-pathways-height')), null, { timeout: 20000 });
    await art.context.close();
  } finally {
    sub.server.close();
  }
});

test('after one visit the page opens with the server gone; the embed keeps nothing', async () => {
  const own = await startServer();
  let up = true;
  try {
    const { page, context, log } = await openPage(app.browser, own.url + '?lang=en&gdp=6.1');
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    // What it keeps is the app's own files, from its own origin, and nothing else.
    const kept = await page.evaluate(async () => {
      const out = [];
      for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) out.push(`${k} ${r.url}`);
      return out;
    });
    assert.ok(kept.length >= 4, kept.join('\n'));
    for (const k of kept) assert.match(k, new RegExp(`^jinan-pathways-[0-9a-f]{16} ${own.url.replace(/[.]/g, '\\.')}`));
    assert.ok(kept.some((k) => k.endsWith('.wasm')));
    // The sections' wasm too: the page is whole offline, not only its first view.
    assert.ok(kept.some((k) => /jinan-more-[0-9a-f]{16}_bg\.wasm$/.test(k)), kept.join('\n'));
    const before = await value(page, 'projected-2025-gdp');
    own.server.closeAllConnections();
    own.server.close();
    up = false;
    await assert.rejects(fetch(own.url), 'the server is gone');
    await page.reload();
    await ready(page);
    assert.equal(await value(page, 'projected-2025-gdp'), before);
    assert.ok(await chartDrawn(page, 'chart-gdp'));
    await sections(page);
    assert.ok(await page.$('[data-testid="download-png-gdp"]'), 'the sections, from the offline copy');
    // A new address, typed while offline, opens too.
    await page.goto(own.url + '?lang=zh&gdp=4');
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(Number(await page.inputValue('#gdp-number')), 4);
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    if (up) own.server.close();
  }
  // The worker is registered in the frame after the first chart (ready() waits past it): count
  // the calls, in the full page (the positive control) and in the widget.
  const registrations = async (q) => {
    const { page, context } = await openPage(app.browser);
    await page.addInitScript(() => {
      window.__registered = 0;
      const real = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args) => {
        window.__registered += 1;
        return real(...args);
      };
    });
    await page.goto(app.url + q);
    await ready(page);
    const out = { calls: await page.evaluate(() => window.__registered), caches: await page.evaluate(() => caches.keys()) };
    await context.close();
    return out;
  };
  assert.equal((await registrations('?lang=en')).calls, 1, 'the full page registers its worker');
  const widget = await registrations('?embed=1&lang=en');
  assert.equal(widget.calls, 0, 'the widget registers none');
  assert.deepEqual(widget.caches, []);
});

test('the sections\' wasm is fetched again when it fails once, and the page says nothing went wrong', async () => {
  const { page, context, log } = await openPage(app.browser, null);
  const asked = [];
  let failed = 0;
  await page.route(/jinan-more-[0-9a-f]{16}_bg\.wasm/, (route) => {
    asked.push(route.request().url());
    if (failed++ === 0) return route.abort('connectionreset');
    return route.continue();
  });
  await page.goto(app.url + '?lang=en');
  await ready(page);
  await sections(page);
  assert.equal(asked.length, 2, asked.join('\n'));
  assert.notEqual(asked[0], asked[1], 'the second try is a new address, past any cached failure');
  assert.equal(await value(page, 'more-state'), 'loaded');
  // The failed fetch is the one error the console shows.
  assert.ok(log.errors.every((e) => /jinan-more|Failed to fetch|ERR_CONNECTION_RESET|WebAssembly/.test(e)), log.errors.join('\n'));
  await context.close();
});

test('on a phone the sections wait for the reader: none of their files at load, the offline copy keeps them, a scroll brings them, a link to one opens at it', async () => {
  const { page, context, log } = await openPage(app.browser, app.url + '?lang=en', { width: 390, height: 844 });
  await ready(page);
  // The offline copy is made without them being asked for, and it holds them.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const kept = await page.evaluate(async () => {
    const out = [];
    for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) out.push(r.url);
    return out;
  });
  assert.ok(kept.some((u) => /jinan-more-[0-9a-f]{16}_bg\.wasm$/.test(u)), kept.join('\n'));
  assert.equal(await value(page, 'more-state'), 'idle');
  assert.equal(await page.$('[data-testid="sections"]'), null);
  assert.deepEqual(log.requests.filter((u) => u.includes('jinan-more')), [], 'the page asked for none of their files');
  // A reader scrolls down: they are built before the reader reaches them.
  await page.mouse.wheel(0, 600);
  await page.waitForSelector('[data-testid="sections"] #share', { timeout: 30000 });
  assert.equal(await value(page, 'more-state'), 'loaded');
  assert.ok(log.requests.some((u) => /jinan-more-[0-9a-f]{16}_bg\.wasm$/.test(u)));
  // A link to a section opens at it, the sections loaded for it.
  await page.goto(app.url + '?lang=en#plan');
  await ready(page);
  await page.waitForSelector('#plan', { timeout: 30000 });
  await page.waitForFunction(() => {
    const r = document.getElementById('plan').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight;
  });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('printing shows the charts and readouts without controls', async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en');
  await ready(page);
  await sections(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#gdp-range'), false);
  assert.equal(await page.isVisible('[data-testid="download-png-gdp"]'), false);
  assert.equal(await page.isVisible('[data-testid="projected-2025-gdp"]'), true);
  assert.equal(await page.isVisible('[data-testid="chart-gdp"]'), true);
  const html = await readFile('dist/index.html', 'utf8');
  assert.match(html, /<noscript>[\s\S]*1\.5万亿元[\s\S]*<\/noscript>/);
  await context.close();
});
