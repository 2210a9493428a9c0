import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { ARTIFACTS } from './support/app-server';
import { baseUrl } from './support/browser';
import { browserSuite } from './support/browser-suite';

// Issue 5, operations: the queue dashboard "Wachtrijen" is for admins only (the menu item is hidden and the
// route guarded for everyone else); it shows every queue with its counts and passes axe (WCAG 2.1 A/AA).
const ADMIN = 'beheer@demodam.example';
const MANAGER = 'manager@demodam.example';

describe('queue dashboard page', () => {
  const suite = browserSuite();
  const { signIn } = suite;
  let page: Page;
  beforeEach(() => {
    ({ page } = suite);
  });

  it('admin opens Wachtrijen from the menu and reads the counts of every queue', async () => {
    await signIn(ADMIN);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wachtrijen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtrijen' }).waitFor();
    const table = page.getByRole('table', { name: /Taken per wachtrij/ });
    await table.waitFor();
    for (const queue of ['Prognoses', 'Planningen', 'Adviezen', 'Raadsrapporten'])
      await table.getByRole('rowheader', { name: queue, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mislukte taken van je gemeente' }).waitFor();
    await page.getByRole('button', { name: 'Vernieuwen' }).click();
    await page.getByRole('status').filter({ hasText: /Bijgewerkt om/ }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'queues.png'), fullPage: true, animations: 'disabled' });
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('a programme manager has no Wachtrijen in the menu and is sent to the dashboard', async () => {
    await signIn(MANAGER);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Prognoses' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Wachtrijen' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/wachtrijen`);
    await page.waitForURL('**/dashboard');
    expect(await page.getByRole('heading', { level: 1, name: 'Wachtrijen' }).count()).toBe(0);
  });
});
