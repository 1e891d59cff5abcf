// End-to-end test of the operator console (issue 8), run by the app module's ConsoleEndToEndIT, which starts the
// platform and drives a simulated station over real OCPP. Drives Debian's chromium headless with playwright-core:
// log in, watch the station come online live, start and stop a remote charge, find the transaction, its chart and
// its priced order, and the day's revenue on the dashboard.
// Prints READY-FOR-STATION when the station page is open, so that the test connects the station then; saves a
// screenshot of each step under SCREENSHOTS. Exits 0 when every step passed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const { CONSOLE_URL, ADMIN_PASSWORD, STATION_ID, STATION_PASSWORD, ID_TOKEN, SCREENSHOTS } = process.env;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const LIVE_TIMEOUT = 30_000;
mkdirSync(SCREENSHOTS, { recursive: true });

const step = (name) => console.log(`STEP ${name}`);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
page.setDefaultTimeout(20_000);
page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
const shot = (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

try {
  step('log in');
  await page.goto(CONSOLE_URL);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.locator('[data-figure="stationsOffline"]').waitFor();
  await page.getByText('Times in Asia/Shanghai').waitFor();
  await shot('01-dashboard');

  step('issue the driver’s card');
  await page.getByRole('navigation').getByRole('link', { name: 'Id tokens' }).click();
  await page.getByLabel('Id token', { exact: true }).fill(ID_TOKEN);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.locator('tbody th', { hasText: ID_TOKEN }).waitFor();

  step('register the station, as a newcomer would');
  await page.getByRole('navigation').getByRole('link', { name: 'Stations' }).click();
  await page.getByText('Register a station').click();
  await page.getByLabel('Id', { exact: true }).fill(STATION_ID);
  await page.getByLabel('Name', { exact: true }).fill('Depot north');
  await page.getByLabel('OCPP password (16–40 characters)').fill(STATION_PASSWORD);
  await page.getByText(`/ocpp/${STATION_ID} with subprotocol ocpp1.6`).waitFor();
  await page.getByRole('button', { name: 'Create' }).click();

  step('open the station while it is offline, and place it on the map');
  await page.locator(`tr[data-station="${STATION_ID}"] a`).click();
  await page.getByRole('heading', { name: new RegExp(`Station ${STATION_ID}`) }).waitFor();
  await page.locator('h1 [data-status="Offline"]').waitFor();
  await page.getByLabel('Latitude').fill('31.23');
  await page.getByLabel('Longitude').fill('121.47');
  await page.getByRole('button', { name: 'Save location' }).click();
  await page.getByText('Saved.').waitFor();
  // Marks this document: if the page were reloaded to show the change, the mark would be gone.
  await page.evaluate(() => (window.__sameDocument = true));
  await shot('02-station-offline');
  console.log('READY-FOR-STATION');

  step('watch the station come online, live');
  await page.locator('[data-connector="1"] [data-status="Available"]').waitFor({ timeout: LIVE_TIMEOUT });
  await page.locator('h1 [data-status="Available"]').waitFor({ timeout: LIVE_TIMEOUT });
  await page.getByText('Acme').waitFor();
  if (!(await page.evaluate(() => window.__sameDocument))) throw new Error('the page was reloaded to show the change');
  await shot('03-station-online');

  step('start a remote charge');
  await page.locator('[data-connector="1"]').getByRole('button', { name: 'Remote start' }).click();
  await page.getByRole('dialog').getByLabel('Id token').fill(ID_TOKEN);
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await page.getByTestId('command-answer').getByText('The station answered: Accepted').waitFor();
  await page.locator('[data-connector="1"] [data-status="Charging"]').waitFor({ timeout: LIVE_TIMEOUT });
  // The charger's meter values show on the connector as they arrive; a few of them make the session's trend.
  await page.getByTestId('reading-1').filter({ hasText: /7\.2 kW/ }).waitFor({ timeout: LIVE_TIMEOUT });
  await page.getByTestId('reading-1').filter({ hasText: / 40 %/ }).waitFor({ timeout: LIVE_TIMEOUT });
  await shot('04-charging');

  step('stop it remotely');
  await page.locator('[data-connector="1"]').getByRole('button', { name: /Remote stop/ }).click({ timeout: LIVE_TIMEOUT });
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await page.getByTestId('command-answer').getByText('The station answered: Accepted').waitFor();
  await page.locator('[data-connector="1"] [data-status="Available"]').waitFor({ timeout: LIVE_TIMEOUT });
  await shot('05-stopped');

  step('find the transaction and its chart');
  await page.getByRole('navigation').getByRole('link', { name: 'Transactions' }).click();
  await page.getByLabel('Station', { exact: true }).fill(STATION_ID);
  await page.getByRole('button', { name: 'Apply' }).click();
  const row = page.locator('tr[data-transaction]').first();
  await row.locator('[data-status="Completed"]').waitFor({ timeout: LIVE_TIMEOUT });
  await row.getByRole('link').first().click();
  await page.getByRole('heading', { name: /Transaction #\d+/ }).waitFor();
  await page.getByTestId('trend-chart').locator('canvas').first().waitFor();
  const energy = await page.getByTestId('transaction-energy').textContent();
  if (!/kWh/.test(energy ?? '') || energy.startsWith('0.00')) throw new Error(`the transaction shows no energy: ${energy}`);
  await shot('06-transaction-chart');

  step('see its priced order');
  // The order is recorded just after the stop; an operator who comes too early sees "not priced yet" and reloads.
  const total = page.getByTestId('order-total');
  for (let attempt = 0; ; attempt++) {
    await page.locator('[data-testid="order-total"], [data-testid="order-none"]').first().waitFor();
    if (await total.isVisible()) break;
    if (attempt === 10) throw new Error(`the transaction shows no priced order: ${await page.getByTestId('order-none').textContent()}`);
    await page.waitForTimeout(1000);
    await page.reload();
  }
  await page.getByRole('button', { name: 'Invoice (PDF)' }).waitFor();
  console.log(`ORDER-TOTAL ${await total.textContent()}`);
  await shot('06b-transaction-order');

  step('see the station on the map, offline basemap');
  await page.getByRole('navigation').getByRole('link', { name: 'Map' }).click();
  await page.locator(`[data-marker="${STATION_ID}"]`).waitFor();
  await shot('07-map');

  step('switch to Chinese');
  await page.getByLabel('Language').selectOption('zh');
  await page.getByRole('heading', { name: '地图' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: '总览' }).click();
  await page.getByText('今日电量').waitFor();
  await page.locator('[data-figure="revenueToday"] .tile-value').filter({ hasText: /\d\.\d\d CNY/ }).waitFor();
  await shot('08-dashboard-zh');
  console.log('DONE');
} catch (error) {
  console.error(`FAILED: ${error.stack ?? error}`);
  await shot('failure').catch(() => undefined);
  process.exitCode = 1;
} finally {
  await browser.close();
}
