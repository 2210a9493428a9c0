import type { BrowserContext, Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { baseUrl } from './support/browser';
import { browserSuite } from './support/browser-suite';

// Issue 7 in the browser: the session is an HttpOnly cookie the page's script cannot read, and a user makes a
// personal API token from their own menu (secret shown once, copied), uses it, and revokes it; axe on every page.
const TEAM_LEAD = 'teamlead@demodam.example';

describe('sessions and API tokens', () => {
  const suite = browserSuite({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { signIn, screenshot } = suite;
  let page: Page;
  let context: BrowserContext;
  beforeEach(() => {
    ({ page, context } = suite);
  });

  it('keeps the session in an HttpOnly cookie that no script can read, and ends it server-side at sign-out', async () => {
    await signIn(TEAM_LEAD);
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'wk_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    expect(cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')).toMatchObject({ httpOnly: false, sameSite: 'Strict' });
    const visible = await page.evaluate(() => ({
      cookie: document.cookie,
      storage: JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }),
    }));
    expect(visible.cookie).not.toContain('wk_session');
    expect(visible.cookie + visible.storage).not.toContain(session!.value);

    // A change without the CSRF header is refused, even with the cookie.
    const refused = await context.request.post(`${baseUrl()}/api/v1/auth/logout`);
    expect(refused.status()).toBe(403);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    // The old session cookie, replayed, no longer works.
    const replay = await fetch(`${baseUrl()}/api/v1/auth/me`, { headers: { Cookie: `wk_session=${session!.value}` } });
    expect(replay.status).toBe(401);
  });

  it('makes an API token from the user menu, shows it once with a copy button, and revokes it', async () => {
    await signIn(TEAM_LEAD);
    await page.getByRole('banner').getByRole('button', { name: /Teamleider/ }).click();
    await page.getByRole('menuitem', { name: 'API-tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-tokens' }).waitFor();
    expect(await page.title()).toBe('API-tokens · Wijkkracht');
    expect(new URL(page.url()).pathname).toBe('/instellingen/api-tokens');
    await page.getByText('Je hebt nog geen API-tokens.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // An empty name is explained next to the field.
    await page.getByRole('button', { name: 'Token maken' }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    // Focus goes to the field in error (WCAG 3.3.1); axe looks once the error has faded in.
    await page.waitForFunction(() => document.activeElement?.getAttribute('formcontrolname') === 'name');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await wcagViolations(page)).toEqual([]);

    // A team lead may give a token their own role or less: team lead, staff, council viewer.
    await page.getByRole('combobox', { name: 'Rol van het token' }).click();
    const roles = await page.getByRole('option').allInnerTexts();
    expect(roles.map((r) => r.trim())).toEqual(['Teamleider', 'Medewerker', 'Raadslid (alleen lezen)']);
    await page.getByRole('option', { name: 'Raadslid (alleen lezen)' }).click();
    await page.getByLabel('Naam').fill('Power BI');
    await page.getByRole('combobox', { name: 'Geldig' }).click();
    await page.getByRole('option', { name: '30 dagen' }).click();
    await page.getByRole('button', { name: 'Token maken' }).click();

    await page.getByText('Token “Power BI” is gemaakt.').waitFor();
    // The form is ready for the next token: empty, not in error.
    expect(await page.getByLabel('Naam').inputValue()).toBe('');
    expect(await page.getByText('Vul dit veld in.').count()).toBe(0);
    const secret = (await page.locator('#new-token-secret').innerText()).trim();
    expect(secret).toMatch(/^wkapi_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Token kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.getByRole('row', { name: /Power BI/ }).getByText('Actief').waitFor();
    await screenshot('api-tokens-created');
    expect(await wcagViolations(page)).toEqual([]);

    // The token works as a bearer token, with the council viewer's rights only.
    const bearer = { Authorization: `Bearer ${secret}` };
    expect((await fetch(`${baseUrl()}/api/v1/wijken?pageSize=1`, { headers: bearer })).status).toBe(200);
    expect((await fetch(`${baseUrl()}/api/v1/leave-periods`, { headers: bearer })).status).toBe(403);

    // After a reload the secret is gone; the list stays.
    await page.reload();
    await page.getByRole('row', { name: /Power BI/ }).waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    await page.getByRole('button', { name: 'Intrekken: Power BI' }).click();
    await page.getByRole('button', { name: 'Ja, Power BI intrekken' }).click();
    await page.getByText('Token “Power BI” is ingetrokken.').waitFor();
    await page.getByRole('row', { name: /Power BI/ }).getByText('Ingetrokken').waitFor();
    expect((await fetch(`${baseUrl()}/api/v1/wijken?pageSize=1`, { headers: bearer })).status).toBe(401);
    await screenshot('api-tokens-revoked');
    expect(await wcagViolations(page)).toEqual([]);

    // In English too.
    await page.getByRole('radio', { name: /^EN/ }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByRole('row', { name: /Power BI/ }).getByText('Revoked').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /^NL/ }).click();
    await page.getByRole('heading', { level: 1, name: 'API-tokens' }).waitFor();
  });
});
