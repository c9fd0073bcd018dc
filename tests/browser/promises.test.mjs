// The plan's promises, kept or not, as a reader and a journalist meet them: the
// tracker's table of every quantified target with its status in words, the summary line, the
// filters and the order, the evidence one click away, #promises and the first screen's link to
// it, and the downloads (CSV, JSON, PNG at 2× and SVG) in both languages. Where a status rests
// on a recorded figure, this file derives it again from data/jinan.json by the rule of evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { useApp, openPage, ready, sections, value, inspectPng, download, SHOTS } from './helpers.mjs';

const app = useApp();
const DATA = JSON.parse(readFileSync('data/jinan.json', 'utf8'));
const TARGETS = DATA.tasks.flatMap((t) => t.targets.map((g) => ({ ...g, area: t.area })));
const CODES = ['met', 'met-unconfirmed', 'missed', 'missed-unconfirmed', 'likely-met', 'likely-missed', 'unknown'];
const HEADLINE = { gdp: 'gdp', population: 'population', renewables: 'renewables' };
const EXPORTS = 'test-output/exports';

/** The status a target's own figure for the judged year gives, by the rule of evidence, or
 * null where no figure decides it: an official bound beyond the target settles it (GDP's
 * 2025 range), else the figure's own grade says how sure the status is. */
function byValue(t) {
  const records = HEADLINE[t.id] ? DATA.series[HEADLINE[t.id]].points : t.records || [];
  const year = t.year_stated ? t.year : DATA.plan.period_end;
  const p = records.find((r) => r.year === year);
  if (!p) return null;
  const official = ['official', 'bulletin', 'official_news'];
  const settles = (r) => official.includes(r.reliability) || (r.reliability === 'derived' && official.includes(r.basis));
  const floor = t.comparator === 'about' ? t.value * 0.95 : t.value;
  if (p.upper && settles(p.upper) && (p.upper.strict ? p.upper.value <= floor : p.upper.value < floor)) return 'missed';
  if (p.lower && settles(p.lower) && p.lower.value >= floor) return 'met';
  if (p.value === null || p.value === undefined) return null;
  const met = t.comparator === 'above' ? p.value > floor : p.value >= floor;
  return (met ? 'met' : 'missed') + (settles(p) ? '' : '-unconfirmed');
}

async function rows(page) {
  return page.$$eval('[data-testid="tracker"] tbody tr', (trs) =>
    trs.map((tr) => ({ id: tr.dataset.testid.replace('status-', ''), status: tr.dataset.value, area: Number(tr.dataset.area), text: tr.textContent })),
  );
}

async function openTracker(lang, extra = '') {
  const { page, context, log } = await openPage(app.browser, app.url + `?lang=${lang}${extra}#promises`);
  await ready(page);
  await page.waitForSelector('[data-testid="tracker"] tbody tr');
  return { page, context, log };
}

for (const lang of ['en', 'zh']) {
  test(`${lang}: #promises opens the tracker, one row per target, each status in words and from the data`, async () => {
    const { page, context, log } = await openTracker(lang);
    // The link opened the tracker in view.
    await page.waitForFunction(() => {
      const r = document.getElementById('promises').getBoundingClientRect();
      return r.top >= -2 && r.top < innerHeight / 2;
    });
    const rs = await rows(page);
    assert.equal(rs.length, TARGETS.length);
    assert.deepEqual(rs.map((r) => r.id), TARGETS.map((t) => t.id), "the plan's order");
    for (const r of rs) assert.ok(CODES.includes(r.status), `${r.id}: ${r.status}`);
    // Where a figure decides, the status is the rule of evidence applied to the data file.
    let derived = 0;
    for (const t of TARGETS) {
      const want = byValue(t);
      if (want === null) continue;
      derived += 1;
      assert.equal(rs.find((r) => r.id === t.id).status, want, t.id);
    }
    assert.ok(derived >= 4, `figures decide several rows (${derived})`);
    const status = Object.fromEntries(rs.map((r) => [r.id, r.status]));
    assert.equal(status.talent, 'met');
    assert.equal(status.mine_sites, 'missed');
    assert.equal(status.grain, 'met-unconfirmed');
    assert.equal(status.gdp, 'missed', "2025's bounds: below 1.5万亿");
    assert.equal(status.population, 'missed-unconfirmed', "2025's third-party figure, 961.6万");
    assert.equal(status.renewables, 'unknown');
    // Words, never colour alone.
    const words = lang === 'en'
      ? { met: 'met', 'met-unconfirmed': 'met, unconfirmed', missed: 'missed', 'missed-unconfirmed': 'missed, unconfirmed', unknown: 'unknown' }
      : { met: '已实现', 'met-unconfirmed': '已实现（未经证实）', missed: '未实现', 'missed-unconfirmed': '未实现（未经证实）', unknown: '未知' };
    for (const r of rs) {
      const cell = await page.textContent(`[data-testid="status-${r.id}"] td:nth-of-type(3)`);
      assert.ok(cell.includes(words[r.status]), `${r.id}: "${cell}"`);
    }
    // The summary line counts each status once; together, every row.
    let sum = 0;
    for (const code of CODES) {
      const n = rs.filter((r) => r.status === code).length;
      const el = await page.$(`[data-testid="promises-${code}"]`);
      if (n === 0) {
        assert.equal(el, null, `no count for ${code}`);
        continue;
      }
      assert.equal(Number(await el.getAttribute('data-value')), n, code);
      sum += n;
    }
    assert.equal(sum, TARGETS.length);
    assert.match(await page.textContent('[data-testid="promises-summary"]'), lang === 'en' ? /Of the plan's 31 quantified targets: / : /计划的31项量化目标中：/);
    // The first screen's verdict on population is the tracker's.
    assert.equal(await value(page, 'verdict-pop'), status.population);
    assert.equal(await value(page, 'verdict-gdp'), status.gdp);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('filters by status and by area, and the order by status', async () => {
  const { page, context } = await openTracker('en');
  const all = await rows(page);
  await page.selectOption('[data-testid="filter-status"]', 'missed');
  let rs = await rows(page);
  assert.deepEqual(rs.map((r) => r.id), all.filter((r) => r.status === 'missed').map((r) => r.id));
  assert.equal(String(rs.length), await page.getAttribute('[data-testid="promises-missed"]', 'data-value'));
  assert.equal(await value(page, 'promises-shown'), String(rs.length));
  // Area 4 (the environment): the missed ones there only.
  await page.selectOption('[data-testid="filter-area"]', '4');
  rs = await rows(page);
  assert.ok(rs.length > 0 && rs.every((r) => r.area === 4 && r.status === 'missed'), JSON.stringify(rs.map((r) => r.id)));
  // A combination that matches nothing says so.
  await page.selectOption('[data-testid="filter-status"]', 'met');
  assert.equal((await rows(page)).length, 0);
  await page.waitForSelector('[data-testid="promises-none"]');
  // Back to all, ordered by status: the statuses in the page's order, the plan's order within.
  await page.selectOption('[data-testid="filter-status"]', '');
  await page.selectOption('[data-testid="filter-area"]', '');
  await page.selectOption('[data-testid="sort-promises"]', 'status');
  rs = await rows(page);
  assert.equal(rs.length, all.length);
  const rank = (r) => CODES.indexOf(r.status) * 1000 + all.findIndex((a) => a.id === r.id);
  assert.deepEqual(rs.map((r) => r.id), [...rs].sort((a, b) => rank(a) - rank(b)).map((r) => r.id));
  assert.notDeepEqual(rs.map((r) => r.id), all.map((r) => r.id), 'the order changed');
  // An evidence disclosure opened before a re-order stays open with its row.
  await page.click('[data-testid="promise-evidence-population"] summary');
  await page.waitForSelector('[data-testid="promise-reason-population"]');
  await page.selectOption('[data-testid="sort-promises"]', 'plan');
  assert.ok(await page.$eval('[data-testid="promise-evidence-population"]', (d) => d.open));
  await context.close();
});

test('the evidence one click away: the record with its source, what a third-party figure cannot settle, what would settle it', async () => {
  const { page, context } = await openTracker('en');
  const reason = async (id) => {
    await page.click(`[data-testid="promise-evidence-${id}"] summary`);
    await page.waitForSelector(`[data-testid="promise-reason-${id}"]`);
    return page.textContent(`[data-testid="promise-evidence-${id}"]`);
  };
  const talent = await reason('talent');
  assert.match(talent, /2025: 310万人 \(official news\), meeting the target of at least 300万人/);
  assert.ok(await page.$('[data-testid="promise-evidence-talent"] [data-testid="source-marker"]'));
  // A third-party figure decides no more than "unconfirmed", and says so; no chance is
  // computed where a figure for the year exists.
  const pop = await reason('population');
  assert.match(pop, /2025: 961\.6万人 \(third party \(citing official data\)\), short of the target of at least 1000万人\. Only a third-party figure says so: no official figure confirms it\./);
  assert.doesNotMatch(pop, /chance/);
  const mines = await reason('mine_sites');
  assert.match(mines, /judged at the end of the plan period, 2025/);
  assert.match(mines, /as of 2025-12-23/);
  const energy = await reason('energy_intensity');
  assert.match(energy, /What would settle it: An official figure for 2025/);
  assert.ok(energy.includes('十四五'), 'the sentence that does not settle it, quoted');
  await context.close();
});

test("the first screen's line counts every promise and opens the tracker", async () => {
  const { page, context } = await openPage(app.browser, app.url + '?lang=en', { width: 390, height: 844 });
  await ready(page);
  const link = await page.textContent('[data-testid="promises-link"]');
  assert.match(link, /Of the plan's 31 quantified targets: 1 met; 1 met, unconfirmed; 3 missed; 1 missed, unconfirmed; 25 unknown\./);
  await page.click('[data-testid="promises-link"] a');
  await page.waitForSelector('[data-testid="tracker"] tbody tr');
  await page.waitForFunction(() => {
    const r = document.getElementById('promises').getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight / 2;
  });
  // The line's counts are the tracker's.
  for (const code of ['met', 'missed', 'missed-unconfirmed', 'unknown']) {
    const n = await page.getAttribute(`[data-testid="promises-${code}"]`, 'data-value');
    assert.ok(link.includes(`${n} ${code.replace('-', ', ')}`), `${code}: ${n}`);
  }
  // In predict mode the tracker, and the line, wait for Reveal.
  await page.goto(app.url + '?lang=en&predict=1');
  await ready(page);
  assert.equal(await page.$('[data-testid="promises-link"]'), null);
  await context.close();
});

for (const lang of ['en', 'zh']) {
  test(`${lang}: the register as CSV and JSON, the tracker as PNG and SVG`, async () => {
    await mkdir(EXPORTS, { recursive: true });
    const { page, context, log } = await openTracker(lang);
    const table = Object.fromEntries((await rows(page)).map((r) => [r.id, r.status]));
    // CSV: the stamp, a header, one line per target with its status code.
    const csv = await download(page, 'promises-csv');
    assert.equal(csv.name, `jinan-pathways-promises-${lang}.csv`);
    const text = csv.bytes.toString('utf8');
    assert.match(text, /^# Jinan Pathways \d+\.\d+\.\d+; dataset sha256 [0-9a-f]{64}\n# as of: 20\d\d-\d\d-\d\d\n# link: http[^\n]*#promises\n# cite: /);
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(lines.length, 1 + TARGETS.length);
    for (const t of TARGETS) {
      const line = lines.find((l) => l.startsWith(`${t.id},`));
      assert.ok(line, t.id);
      assert.ok(line.includes(`,${table[t.id]},`), `${t.id}: ${table[t.id]} in ${line}`);
    }
    assert.ok(lines.find((l) => l.startsWith('talent,')).includes('https://m.163.com/tech/article/KJQLHAHL05508FYJ.html'), 'the source address');
    // A figure for 2025 decides the population, so it has no chance (the last column) to give.
    assert.match(lines.find((l) => l.startsWith('population,')), /,missed-unconfirmed,.*,,$/);
    // JSON: the same statuses, the counts, the evidence.
    const json = JSON.parse((await download(page, 'promises-json')).bytes.toString('utf8'));
    assert.equal(json.targets.length, TARGETS.length);
    for (const t of json.targets) assert.equal(t.status, table[t.id], t.id);
    assert.equal(json.summary.reduce((a, [, n]) => a + n, 0), TARGETS.length);
    const pop = json.targets.find((t) => t.id === 'population');
    assert.equal(pop.decided_by, 'record', "2025's figure, not the outlook");
    assert.equal(pop.record.reliability, 'third party (citing official data)', "the JSON's terms are English in both languages");
    assert.equal(pop.chance, null);
    assert.equal(json.targets.find((t) => t.id === 'gdp').record.decided_by, 'upper');
    assert.match(json.stamp.scenario_url, /#promises$/);
    // The image: 800 px wide at 2×, nothing in its margin, every row's words as SVG text.
    const png = await download(page, 'promises-png');
    assert.equal(png.name, `jinan-pathways-promises-${lang}.png`);
    await writeFile(`${EXPORTS}/promises-${lang}.png`, png.bytes);
    const img = await inspectPng(page, png.bytes, 20);
    assert.equal(img.width, 1600);
    assert.equal(img.inked, 0, 'nothing drawn in the margin');
    const svg = await download(page, 'promises-svg');
    await writeFile(`${EXPORTS}/promises-${lang}.svg`, svg.bytes);
    const doc = await page.evaluate((s) => {
      const d = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: d.querySelector('parsererror') !== null,
        height: Number(d.documentElement.getAttribute('height')),
        texts: [...d.querySelectorAll('text')].map((t) => t.textContent.trim()),
      };
    }, svg.bytes.toString('utf8'));
    assert.equal(doc.error, false);
    assert.equal(doc.height * 2, img.height, 'the SVG is the PNG at 1×');
    const all = doc.texts.join(' ');
    assert.match(all, lang === 'en' ? /were its quantified targets met\?/ : /量化目标兑现了吗？/);
    assert.match(all, lang === 'en' ? /As of 20\d\d-\d\d-\d\d/ : /截至20\d\d-\d\d-\d\d/);
    assert.match(all, lang === 'en' ? /Sources: / : /来源：/);
    assert.ok(doc.texts.some((t) => /Jinan Pathways \d+\.\d+\.\d+ · dataset [0-9a-f]{12} · http/.test(t)), 'the stamp');
    assert.ok(all.includes(lang === 'en' ? '✗ missed, unconfirmed' : '✗ 未实现（未经证实）'));
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

/** The targets with a recorded figure (a value or a bound) to show at a glance: the headline
 * targets' series, the others' own records; an unusable figure is none. */
function withRecord() {
  const has = (p) => p.reliability !== 'unusable' && (p.value !== null || p.lower || p.upper);
  return TARGETS.filter((t) => {
    const records = HEADLINE[t.id] ? DATA.series[HEADLINE[t.id]].points : t.records || [];
    return records.some(has);
  }).map((t) => t.id);
}

for (const lang of ['en', 'zh']) {
  test(`${lang}: each promise's record at a glance, in its row and in the tracker's image`, async () => {
    await mkdir(SHOTS, { recursive: true });
    const { page, context, log } = await openTracker(lang);
    const want = withRecord();
    assert.ok(want.includes('talent') && want.includes('mine_sites') && want.length >= 5, want.join());
    // A small chart in the row of every target with a record, and in no other.
    await page.waitForFunction((n) => document.querySelectorAll('canvas.glance[data-drawn]').length === n, want.length);
    const shown = await page.$$eval('canvas.glance', (cs) => cs.map((c) => c.dataset.testid.replace('glance-', '')));
    assert.deepEqual(shown, want);
    for (const id of want) {
      const row = await page.$(`[data-testid="status-${id}"] [data-testid="glance-${id}"]`);
      assert.ok(row, `${id}: in its own row`);
      // Drawn: marks in the chart's own colours on its background, not a blank box.
      const inked = await page.$eval(`[data-testid="glance-${id}"]`, (c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const bg = [d[0], d[1], d[2]];
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60) n++;
        return n;
      });
      assert.ok(inked > 150, `${id}: ${inked} inked pixels`);
    }
    // Its words, for a reader who cannot see it: each record by year, against the target.
    const talent = await page.getAttribute('[data-testid="glance-talent"]', 'aria-label');
    const pop = await page.getAttribute('[data-testid="glance-population"]', 'aria-label');
    if (lang === 'en') {
      assert.match(talent, /against the target of at least 300万人.*2022 above [\d.]+万人.*2024 above [\d.]+万人.*2025 310万人/);
      assert.match(pop, /2025 961\.6万人 \(third-party\)/);
    } else {
      assert.match(talent, /对照目标不少于300万人：.*2022年超过[\d.]+万人.*2025年310万人/);
      assert.match(pop, /2025年961\.6万人（第三方）/);
    }
    const table = await page.$('[data-testid="tracker"]');
    await page.$eval('[data-testid="status-talent"]', (r) => r.scrollIntoView({ block: 'start' }));
    await table.screenshot({ path: `${SHOTS}/tracker-glance-${lang}.png` });
    // The tracker's image carries the same charts: each one's target line is labelled.
    const svg = (await download(page, 'promises-svg')).bytes.toString('utf8');
    const texts = await page.evaluate((s) => [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent.trim()), svg);
    const targetWord = lang === 'en' ? /^target [\d.–]+$/ : /^目标[\d.–]+$/;
    assert.equal(texts.filter((t) => targetWord.test(t)).length, want.length, texts.filter((t) => targetWord.test(t)).join(' | '));
    assert.ok(texts.includes(lang === 'en' ? 'target 300' : '目标300'), 'the talent total against 300万');
    assert.ok(texts.includes('310'), "talent's 2025 figure");
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
