// Valid HTML: the Nu HTML checker (npm vnu-jar, on the machine's Java) finds no error
// in dist/index.html, nor in the rendered DOM of the page and the widget in both languages with
// every disclosure open and the sections loaded. The DOMs it read are kept in test-output/html/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { useApp, openPage, ready, sections, openAllDetails } from './helpers.mjs';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const OUT = 'test-output/html';
const app = useApp();

/** The checker's errors for some files, as "file:line: message". */
function check(files) {
  const r = spawnSync('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  if (r.error) throw r.error;
  const out = JSON.parse(r.stderr || '{"messages":[]}');
  return out.messages.map((m) => `${m.url?.replace(/^file:.*\//, '')}:${m.lastLine}: ${m.message} [${(m.extract || '').trim().slice(0, 120)}]`);
}

test('the Nu checker: no error in dist/index.html', () => {
  assert.deepEqual(check(['dist/index.html']), []);
});

test('the Nu checker: no error in the rendered page and widget, both languages, every disclosure open', async () => {
  await mkdir(OUT, { recursive: true });
  const files = [];
  for (const [name, q] of [
    ['page-zh', '?lang=zh&band=1&b_gdp=4&re_base=250'],
    ['page-en', '?lang=en&band=1&b_gdp=4&re_base=250'],
    ['page-en-predict', '?lang=en&predict=1&guess_gdp=2023_12600__14500'],
    ['widget-zh-predict', '?lang=zh&embed=1&predict=1&show=gdp,pop'],
    ['widget-zh', '?lang=zh&embed=1'],
    ['widget-en', '?lang=en&embed=1&show=gdp,pop'],
  ]) {
    const { page, context } = await openPage(app.browser, app.url + q);
    await ready(page);
    if (!q.includes('embed')) await sections(page);
    await openAllDetails(page);
    const html = await page.evaluate(() => '<!doctype html>\n' + document.documentElement.outerHTML);
    const file = `${OUT}/${name}.html`;
    await writeFile(file, html);
    files.push(file);
    await context.close();
  }
  assert.deepEqual(check(files), []);
});
