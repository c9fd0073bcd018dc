import { chromium } from 'playwright-core';
import { serve } from '/work/main/tools/serve.mjs';
const srv = await serve({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(srv.url + (process.argv[2] || '?lang=en&band=1&re_base=250&re=30&b_gdp=4'));
await page.waitForTimeout(3000);
for (let round = 0; round < 6; round++) {
  await page.evaluate(async () => { document.querySelectorAll('details:not([open])').forEach((d) => (d.open = true)); await new Promise((r) => setTimeout(r, 50)); });
}
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => [...document.querySelectorAll('details')].filter((d) => !(d.open && d.children.length > 1)).map((d) => d.outerHTML.slice(0, 200))));
await browser.close(); srv.server.close();
