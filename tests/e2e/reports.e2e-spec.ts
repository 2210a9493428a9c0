import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { ARTIFACTS } from './support/app-server';
import { baseUrl } from './support/browser';
import { browserSuite } from './support/browser-suite';

// Issue 8 in the browser: a council member on the reports page downloads an export and makes a
// milestone calendar link that a calendar program can subscribe to; axe finds no WCAG 2.1 A/AA violation.
const COUNCIL = 'raad@demodam.example';

describe('reports page', () => {
  const suite = browserSuite({ context: { acceptDownloads: true } });
  const { signIn } = suite;
  let page: Page;
  beforeEach(() => {
    ({ page } = suite);
  });

  it('council member downloads the tasks as Excel and makes their own calendar link', async () => {
    await signIn(COUNCIL);
    await page.goto(`${baseUrl()}/raadsrapportage`);
    await page.getByRole('heading', { level: 2, name: 'Raadsrapport' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Exporteren' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Taken (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('taken.xlsx');

    // A council member keeps their own calendar subscription link.
    await page.getByLabel('Naam van de agenda').fill('Mijn raadsagenda');
    await page.getByRole('button', { name: 'Agenda-link maken' }).click();
    expect((await page.locator('p.url').innerText()).trim()).toMatch(
      /\/api\/v1\/calendar-feeds\/feed\/wkcal_[\w-]{43}$/,
    );

    await page.screenshot({ path: join(ARTIFACTS, 'reports.png'), fullPage: true, animations: 'disabled' });
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('manager checks a wijken spreadsheet, sees the error by row and column, and imports the corrected file', async () => {
    await signIn('manager@demodam.example');
    await page.goto(`${baseUrl()}/raadsrapportage`);
    await page.getByRole('heading', { level: 2, name: 'Importeren' }).waitFor();
    await page.getByLabel('Wat importeer je?').click();
    await page.getByRole('option', { name: 'Wijken' }).click();
    const header = 'Naam;CBS-code;Woningen;Tranche;Aanpak;Geplande start;Streefdatum';
    const file = (rows: string[]) => ({
      name: 'wijken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    await page
      .getByLabel('Bestand (CSV of Excel)')
      .setInputFiles(file(['E2E-wijk;WK998877;900;3;warmtenet;01-01-2032;31-12-2029']));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('1 rijen gelezen, 0 goed, 1 fouten.').waitFor();
    const error = page.getByRole('row').filter({ hasText: 'Streefdatum' });
    expect(await error.innerText()).toContain('moet na de geplande start liggen');
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);

    await page
      .getByLabel('Bestand (CSV of Excel)')
      .setInputFiles(file(['E2E-wijk;WK998877;900;3;warmtenet;01-01-2032;31-12-2040']));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('1 rijen gelezen, 1 goed, 0 fouten.').waitFor();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('1 rijen geïmporteerd.').waitFor();
    await page.screenshot({
      path: join(ARTIFACTS, 'reports-import.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });

  it('manager adds an MS Project plan to a wijk, downloads it as MS Project XML, and makes a calendar link that serves iCalendar', async () => {
    await signIn('manager@demodam.example');
    await page.goto(`${baseUrl()}/raadsrapportage`);
    await page.getByRole('heading', { level: 2, name: 'MS Project' }).waitFor();
    await page.getByLabel('Wijk', { exact: true }).click();
    await page.getByRole('option').first().click();
    await page
      .getByLabel('Plan uit MS Project (XML)')
      .setInputFiles(join(__dirname, '..', '..', '..', 'shared', 'interop', 'mspdi', 'mspdirelations.xml'));
    await page.getByRole('button', { name: 'Toevoegen aan de wijk' }).click();
    await page.getByText('5 taken, 1 koppelingen, 0 mijlpalen en 0 toewijzingen toegevoegd.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Plan downloaden (MS Project XML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^WK\d{6}-projectplan\.xml$/);

    await page.getByLabel('Naam van de agenda').fill('Raadsbesluiten');
    await page.getByRole('button', { name: 'Agenda-link maken' }).click();
    const url = (await page.locator('p.url').innerText()).trim();
    expect(url).toMatch(/\/api\/v1\/calendar-feeds\/feed\/wkcal_[\w-]{43}$/);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    expect(await wcagViolations(page)).toEqual([]);
  });
});
