// Measures the console in Debian's chromium (issue 8: first paint under 1 s, pages under 2 s): first contentful
// paint of the login page, then for each page a fresh load until its data is on screen. Prints the numbers; it
// asserts nothing (numbers are reported, not tested). Usage:
//   CONSOLE_URL=http://127.0.0.1:8080/ ADMIN_PASSWORD=... node e2e/measure.mjs
import { chromium } from 'playwright-core';

const { CONSOLE_URL, ADMIN_PASSWORD } = process.env;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })).newPage();

await page.goto(CONSOLE_URL);
await page.getByLabel('Username').waitFor();
const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
console.log(`login page: first contentful paint ${paint?.toFixed(0)} ms`);
await page.getByLabel('Username').fill('admin');
await page.getByLabel('Password').fill(ADMIN_PASSWORD);
await page.getByRole('button', { name: 'Log in' }).click();
await page.locator('[data-figure="stationsOnline"]').waitFor();

const pages = [
  ['dashboard', '/', '[data-figure="stationsOnline"]'],
  ['stations', '/stations', 'tr[data-station]'],
  ['transactions', '/transactions', 'tr[data-transaction]'],
  ['transaction with chart', '/transactions/1', '[data-testid="trend-chart"] canvas'],
  ['map', '/map', '.marker'],
  ['station', '/stations/PERF-00042', '[data-connector="1"]'],
];
for (const [name, path, ready] of pages) {
  const times = [];
  for (let run = 0; run < 3; run++) {
    const start = Date.now();
    await page.goto(new URL(path, CONSOLE_URL).toString());
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    times.push(Date.now() - start);
  }
  console.log(`${name}: load to data on screen ${times.join(' / ')} ms`);
}
await browser.close();
