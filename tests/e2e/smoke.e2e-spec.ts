import type { Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { baseUrl } from './support/browser';
import { browserSuite, submitSignIn } from './support/browser-suite';

// The foundation's browser smoke test (issue 2, item 9): a visitor is sent to sign in, the demo manager
// signs in and sees the shell, a wrong password is explained in Dutch, and axe finds no WCAG 2.1 A/AA violation.
const MANAGER = { email: 'manager@demodam.example', password: 'wijkkracht-demo' };
const NAVIGATION = [
  'Dashboard',
  'Wijken',
  'Medewerkers',
  'Toewijzingen',
  "Scenario's",
  'Prognoses',
  'Raadsrapportage',
];

describe('smoke: sign in and see the shell', () => {
  const suite = browserSuite();
  const { screenshot } = suite;
  let page: Page;
  beforeEach(() => {
    ({ page } = suite);
  });

  const signIn = (email: string, password: string) => submitSignIn(page, email, password);

  it('sends a visitor to the sign-in page, in Dutch, with no WCAG violation', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL('**/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.title()).toBe('Inloggen · Wijkkracht');
    await screenshot('sign-in');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('explains empty and malformed fields next to the fields, in Dutch', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await page.getByText('Vul je e-mailadres in.').waitFor();
    await page.getByText('Vul je wachtwoord in.').waitFor();
    // Focus goes to the first field in error, so keyboard and screen reader users land on it.
    await page.waitForFunction(() => document.activeElement?.getAttribute('autocomplete') === 'username');
    await page.getByLabel('E-mailadres').fill('manager@demodam');
    await page.getByText('Dit is geen geldig e-mailadres', { exact: false }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it("shows the API's field errors (problem details, invalidParams) next to the field, in Dutch", async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    // The page does not limit a password's length; the API does (1024 characters), so only the server says why.
    await signIn(MANAGER.email, 'x'.repeat(1100));

    const passwordField = page.locator('mat-form-field', { has: page.getByLabel('Wachtwoord') });
    await passwordField.locator('mat-error').waitFor();
    // The API words its rule in English for API clients ("must be at most 1024 characters"); the page in Dutch.
    expect((await passwordField.locator('mat-error').innerText()).trim()).toBe('Gebruik hoogstens 1024 tekens.');
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    await screenshot('sign-in-server-field-error');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('explains a wrong password in Dutch and stays on the sign-in page', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await signIn(MANAGER.email, 'niet-het-wachtwoord');

    await page.getByRole('alert').getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await screenshot('sign-in-wrong-password');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('explains a wrong password in English when the page is in English (the API answers in the page’s language)', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByRole('radio', { name: /^EN/ }).click();
    await page.getByLabel('E-mail address').fill(MANAGER.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('alert').getByText('The e-mail address or the password is not right.').waitFor();
  });

  it('signs the demo manager in to the shell, with no WCAG violation, and out again', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL('**/inloggen');
    await signIn(MANAGER.email, MANAGER.password);

    await page.waitForURL('**/dashboard');
    await page.getByRole('banner').getByText('Gemeente Demodam').waitFor();
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await page.getByText('Programmamanager').first().waitFor();
    const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const label of NAVIGATION) await navigation.getByRole('link', { name: label }).waitFor();
    await menuButtonExpanded(page, true);
    expect(await page.title()).toBe('Dashboard · Wijkkracht');
    await screenshot('dashboard');
    expect(await wcagViolations(page)).toEqual([]);

    // Keyboard: the first Tab reaches the skip link, which moves focus into the main landmark.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    // Another page of the shell: its own title and an honest empty state.
    await navigation.getByRole('link', { name: 'Wijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wijken' }).waitFor();
    expect(await page.title()).toBe('Wijken · Wijkkracht');
    expect(await wcagViolations(page)).toEqual([]);

    // A reload keeps the session (GET /auth/me with the HttpOnly session cookie).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Wijken' }).waitFor();
    await page.getByRole('banner').getByText('Gemeente Demodam').waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    await page.goto(`${baseUrl()}/dashboard`);
    await page.waitForURL('**/inloggen');
  });

  it('switches to English and back to Dutch', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await signIn(MANAGER.email, MANAGER.password);
    await page.waitForURL('**/dashboard');

    await page.getByRole('radio', { name: /^EN/ }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Staff' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Dashboard · Wijkkracht');
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await screenshot('dashboard-en');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: /^NL/ }).click();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Medewerkers' })
      .waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('on a tablet, the navigation opens as an overlay from the menu button', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${baseUrl()}/inloggen`);
    await signIn(MANAGER.email, MANAGER.password);
    await page.waitForURL('**/dashboard');
    const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await navigation.waitFor({ state: 'hidden' });

    const menuButton = page.getByRole('button', { name: 'Menu openen of sluiten' });
    await menuButtonExpanded(page, false);
    await menuButton.click();
    await navigation.getByRole('link', { name: 'Prognoses' }).waitFor();
    await menuButtonExpanded(page, true);
    await screenshot('tablet-menu-open');
    await page.keyboard.press('Escape');
    await navigation.waitFor({ state: 'hidden' });
    await menuButtonExpanded(page, false);

    await menuButton.click();
    await navigation.getByRole('link', { name: 'Prognoses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prognoses' }).waitFor();
    await navigation.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await screenshot('tablet-forecasts');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('at 320 px wide (400% zoom) nothing scrolls sideways and every control keeps its name', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl()}/inloggen`);
    expect(await horizontalOverflow(page)).toBe(0);
    await signIn(MANAGER.email, MANAGER.password);
    await page.waitForURL('**/dashboard');
    await page.getByRole('heading', { level: 1 }).waitFor();

    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await screenshot('phone-dashboard');
    expect(await wcagViolations(page)).toEqual([]);
  });
});

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the menu button announces the navigation as open or closed (it follows the slide animation). */
async function menuButtonExpanded(page: Page, expanded: boolean): Promise<void> {
  await page
    .locator(`button[aria-controls="hoofdmenu"][aria-expanded="${expanded}"]`)
    .waitFor({ timeout: 5_000 });
}
