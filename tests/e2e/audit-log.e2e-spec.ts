import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { ARTIFACTS } from './support/app-server';
import { baseUrl } from './support/browser';
import { browserSuite, submitSignIn } from './support/browser-suite';

// Issue 7 (audit) in the browser: the admin finds a failed sign-in in the audit log, opens its before/after,
// exports the log; a programme manager has no Auditlog in the menu. axe checks every state of the page.

describe('audit log page', () => {
  const suite = browserSuite({ context: { acceptDownloads: true } });
  let page: Page;
  beforeEach(() => {
    ({ page } = suite);
  });

  async function signIn(email: string, password?: string): Promise<void> {
    await page.goto(`${baseUrl()}/inloggen`);
    await submitSignIn(page, email, password);
  }

  it('admin finds a failed sign-in, sees what was recorded, exports the log, in Dutch and English', async () => {
    // Someone tries the team lead's account with a wrong password.
    await signIn('teamlead@demodam.example', 'niet-het-wachtwoord');
    await page.getByRole('alert').getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();

    await signIn('beheer@demodam.example');
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    expect(await page.title()).toBe('Auditlog · Wijkkracht');
    const table = page.getByRole('table', { name: 'Auditlog' });
    await table.waitFor();
    // Newest first: the admin's own sign-in heads the list.
    await table.locator('tbody tr').first().getByText('Aangemeld').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Soort actie' }).click();
    await page.getByRole('option', { name: 'Mislukte aanmeldingen' }).click();
    await page.getByLabel('Gebruiker (e-mailadres)').fill('teamlead@');
    await page.getByRole('button', { name: 'Filteren' }).click();
    const row = table.locator('tbody tr').first();
    await row.getByText('Aanmelden mislukt').waitFor();
    await row.getByText('teamlead@demodam.example').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);

    const show = row.getByRole('button', { name: /^Toon wijziging/ });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    const diff = page.getByRole('table', { name: 'Vóór en na: Aanmelden mislukt' });
    await diff.waitFor();
    expect(await row.getByRole('button', { name: /^Verberg wijziging/ }).getAttribute('aria-expanded')).toBe('true');
    const reason = diff.locator('tr', { hasText: 'reason' });
    expect(await reason.innerText()).toContain('wrong_password');
    expect(await diff.innerText()).not.toContain('niet-het-wachtwoord');
    await page.screenshot({ path: join(ARTIFACTS, 'audit-log.png'), fullPage: true, animations: 'disabled' });
    expect(await wcagViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('auditlog.xlsx');

    await page.getByRole('radio', { name: /^EN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Audit log' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /^NL/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
  });

  it('a programme manager has no Auditlog in the menu, and the page says it is for admins', async () => {
    await signIn('manager@demodam.example');
    await page.waitForURL('**/dashboard');
    const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await navigation.getByRole('link', { name: 'Raadsrapportage' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Auditlog' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/auditlog`);
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await page.getByRole('alert').getByText('Het auditlog is alleen voor beheerders.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
