// The plan's promises, kept or not (issue 17), as a reader and a journalist meet them: the
// tracker's table of every quantified target with its status in words, the summary line, the
// filters and the order, the evidence one click away, #promises and the first screen's link to
// it, and the downloads (CSV, JSON, PNG at 2× and SVG) in both languages. Where a status rests
// on a recorded figure, this file derives it again from data/jinan.json by the rule of evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { useApp, openPage, ready, sections, value, inspectPng } from './helpers.mjs';

const app = useApp();
const DATA = JSON.parse(readFileSync('data/jinan.json', 'utf8'));
const TARGETS = DATA.tasks.flatMap((t) => t.targets.map((g) => ({ ...g, area: t.area })));
const CODES = ['met', 'met-unconfirmed', 'missed', 'missed-unconfirmed', 'likely-met', 'likely-missed', 'unknown'];
const HEADLINE = { gdp: 'gdp', population: 'population', renewables: 'renewables' };
const EXPORTS = 'test-output/exports';

/** The status a target's own figure for the judged year gives, by the rule of evidence, or
 * null where no figure (a value) decides it. */
function byValue(t) {
  const records = HEADLINE[t.id] ? DATA.series[HEADLINE[t.id]].points : t.records || [];
  const year = t.year_stated ? t.year : DATA.plan.period_end;
  const p = records.find((r) => r.year === year && r.value !== null);
  if (!p) return null;
  const official = ['official', 'bulletin', 'official_news'];
  const grade = official.includes(p.reliability) || (p.reliability === 'derived' && official.includes(p.basis)) ? 'settles' : 'unconfirmed';
  const floor = t.comparator === 'about' ? t.value * 0.95 : t.value;
  const met = t.comparator === 'above' ? p.value > floor : p.value >= floor;
  return (met ? 'met' : 'missed') + (grade === 'settles' ? '' : '-unconfirmed');
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

async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
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
    assert.equal(status.population, 'likely-missed', 'the outlook model from the 2024 record');
    assert.equal(status.renewables, 'unknown');
    // Words, never colour alone.
    const words = lang === 'en'
      ? { met: 'met', 'met-unconfirmed': 'met, unconfirmed', missed: 'missed', 'likely-missed': 'likely missed', unknown: 'unknown' }
      : { met: '已实现', 'met-unconfirmed': '已实现（未经证实）', missed: '未实现', 'likely-missed': '很可能未实现', unknown: '未知' };
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

test('the evidence one click away: the record with its source, the pace needed, the chance, what would settle it', async () => {
  const { page, context } = await openTracker('en');
  const reason = async (id) => {
    await page.click(`[data-testid="promise-evidence-${id}"] summary`);
    await page.waitForSelector(`[data-testid="promise-reason-${id}"]`);
    return page.textContent(`[data-testid="promise-evidence-${id}"]`);
  };
  const talent = await reason('talent');
  assert.match(talent, /2025: 310万人 \(official news\), meeting the target of at least 300万人/);
  assert.ok(await page.$('[data-testid="promise-evidence-talent"] [data-testid="source-marker"]'));
  const pop = await reason('population');
  assert.match(pop, /needed \+48\.5万人 \(5\.1%\) in 2025 alone, against \+7\.8万人 in 2024/);
  assert.match(pop, /chance of less than 1% that 2025 met it: likely missed/);
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
  assert.match(link, /Of the plan's 31 quantified targets: 1 met; 1 met, unconfirmed; 3 missed; 1 likely missed; 25 unknown\./);
  await page.click('[data-testid="promises-link"] a');
  await page.waitForSelector('[data-testid="tracker"] tbody tr');
  await page.waitForFunction(() => {
    const r = document.getElementById('promises').getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight / 2;
  });
  // The line's counts are the tracker's.
  for (const code of ['met', 'missed', 'likely-missed', 'unknown']) {
    const n = await page.getAttribute(`[data-testid="promises-${code}"]`, 'data-value');
    assert.ok(link.includes(`${n} ${code.replace('-', ' ')}`), `${code}: ${n}`);
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
    // The population's chance (below 1%) to four places, not a float's every digit.
    assert.match(lines.find((l) => l.startsWith('population,')), /,0\.00\d\d,$/);
    // JSON: the same statuses, the counts, the evidence.
    const json = JSON.parse((await download(page, 'promises-json')).bytes.toString('utf8'));
    assert.equal(json.targets.length, TARGETS.length);
    for (const t of json.targets) assert.equal(t.status, table[t.id], t.id);
    assert.equal(json.summary.reduce((a, [, n]) => a + n, 0), TARGETS.length);
    const pop = json.targets.find((t) => t.id === 'population');
    assert.equal(pop.decided_by, 'outlook');
    assert.ok(pop.chance.probability < 0.05);
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
    assert.ok(all.includes(lang === 'en' ? '✗ likely missed' : '✗ 很可能未实现'));
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
