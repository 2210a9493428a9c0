import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { ARTIFACTS } from './support/app-server';
import { baseUrl, launchChromium } from './support/browser';

// Issue 8 in the browser: a council member on the reports page downloads an export and makes a
// milestone calendar link that a calendar program can subscribe to; axe finds no WCAG 2.1 A/AA violation.
const COUNCIL = 'raad@demodam.example';
const PASSWORD = 'wijkkracht-demo';

describe('reports page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let browserErrors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    page = await context.newPage();
    browserErrors = [];
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        browserErrors.push(message.text());
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(browserErrors).toEqual([]);
  });

  it('council member downloads the tasks as Excel and makes a calendar link that serves iCalendar', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByLabel('E-mailadres').fill(COUNCIL);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/dashboard');
    await page.goto(`${baseUrl()}/raadsrapportage`);
    await page.getByRole('heading', { level: 2, name: 'Raadsrapport' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Exporteren' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Taken (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('taken.xlsx');

    await page.getByLabel('Naam van de agenda').fill('Raadsbesluiten');
    await page.getByRole('button', { name: 'Agenda-link maken' }).click();
    const url = (await page.locator('p.url').innerText()).trim();
    expect(url).toMatch(/\/api\/v1\/calendar-feeds\/feed\/wkcal_[\w-]{43}$/);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    await page.screenshot({ path: join(ARTIFACTS, 'reports.png'), fullPage: true, animations: 'disabled' });
    expect(await wcagViolations(page)).toEqual([]);
  });
});
