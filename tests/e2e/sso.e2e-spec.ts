import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { ARTIFACTS } from './support/app-server';
import { baseUrl, launchChromium } from './support/browser';
import { startOidcProvider, type OidcTestProvider } from './support/oidc-provider';

// Issue 7, single sign-on: a real OpenID Connect provider (oidc-provider, started here on a free port), SSO
// configured for Demodam by its admin through the API, then in Chromium: the SSO button on the sign-in page,
// the provider's own login and consent pages, and back in Wijkkracht signed in on the dashboard. axe checks the
// sign-in page with SSO, the refusal message and the admins' settings page.
const ADMIN = { email: 'beheer@demodam.example', password: 'wijkkracht-demo' };
const CLIENT = { client_id: 'wijkkracht-e2e', client_secret: 'e2e-client-secret-for-demodam' };
const ACCOUNTS = {
  sanne: { email: 'sanne.sso@demodam.example', email_verified: true, name: 'Sanne Smit', groups: ['wijkkracht-managers'] },
  kees: { email: 'kees.sso@demodam.example', email_verified: true, name: 'Kees Kantine', groups: ['kantine'] },
};

describe('single sign-on with the organisation’s OpenID Connect provider', () => {
  let provider: OidcTestProvider;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminToken: string;
  let browserErrors: string[];

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${baseUrl()}/api/v1${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}`, ...init.headers },
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
  };
  const saveSso = async (changes: Record<string, unknown>) => {
    const current = await api('/organisation/sso');
    return api('/organisation/sso', {
      method: 'PUT',
      body: JSON.stringify({
        version: current.body.version,
        enabled: true,
        issuerUrl: provider.issuer,
        clientId: CLIENT.client_id,
        scopes: ['openid', 'email', 'profile', 'groups'],
        roleClaim: 'groups',
        roleMapping: [{ claimValue: 'wijkkracht-managers', role: 'programme_manager' }],
        defaultRole: null,
        ...changes,
      }),
    });
  };
  const screenshot = (name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });

  beforeAll(async () => {
    provider = await startOidcProvider([{ ...CLIENT, redirect_uris: [`${baseUrl()}/api/v1/auth/oidc/callback`] }], ACCOUNTS);
    const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    adminToken = ((await login.json()) as { accessToken: string }).accessToken;
    const saved = await saveSso({ clientSecret: CLIENT.client_secret });
    expect(saved.status).toBe(200);
    browser = await launchChromium();
  });

  afterAll(async () => {
    // Leave the app as the other suites expect it: no SSO (the provider stops with this suite).
    if (provider && adminToken) await saveSso({ enabled: false });
    await browser?.close();
    await provider?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    page = await context.newPage();
    browserErrors = [];
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) browserErrors.push(message.text());
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(browserErrors).toEqual([]);
  });

  /** On the provider's own pages (its development login and consent forms): sign in as `login`. */
  async function signInAtProvider(login: string): Promise<void> {
    await page.waitForURL(`${provider.issuer}/**`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('wachtwoord-bij-de-provider');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('signs a new member in through the provider and lands on the dashboard with the mapped role', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    const sso = page.getByRole('link', { name: /Inloggen met uw organisatie \(SSO\)/ });
    await sso.waitFor();
    await screenshot('sso-sign-in');
    expect(await wcagViolations(page)).toEqual([]);

    await sso.click();
    await signInAtProvider('sanne');

    await page.waitForURL(`${baseUrl()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: /Sanne Smit/ }).waitFor();
    await page.getByText('Programmamanager').first().waitFor();
    // The same kind of session as a password sign-in: an HttpOnly cookie, no token for scripts.
    const cookies = await context.cookies(`${baseUrl()}/api/v1/auth/me`);
    expect(cookies.find((c) => c.name === 'wk_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage))).not.toMatch(/wk_/);
    await screenshot('sso-dashboard');
  });

  it('explains in Dutch why a member without a mapped group is refused, with no WCAG violation', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByRole('link', { name: /Inloggen met uw organisatie \(SSO\)/ }).click();
    await signInAtProvider('kees');

    await page.waitForURL(`${baseUrl()}/inloggen?sso-fout=no-role`);
    await page.getByRole('alert').filter({ hasText: 'geen rol in Wijkkracht' }).waitFor();
    await screenshot('sso-refused');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('lets the admin read and change the SSO settings page, in Dutch and accessible', async () => {
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/dashboard`);

    await page.getByRole('link', { name: 'Inloggen via SSO' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen via SSO' }).waitFor();
    expect(await page.getByLabel('Issuer-URL').inputValue()).toBe(provider.issuer);
    expect(await page.getByLabel('Client secret').inputValue()).toBe('');
    await page.getByText('Er is een secret opgeslagen').waitFor();
    await page.getByText(`${baseUrl()}/api/v1/auth/oidc/callback`).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    // A rule for the team leads, saved and read back through the API.
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    await page.locator('#sso-rule-1-value').fill('wijkkracht-teamleiders');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De SSO-instellingen zijn opgeslagen.' }).waitFor();
    const stored = await api('/organisation/sso');
    expect(stored.body.roleMapping).toEqual([
      { claimValue: 'wijkkracht-managers', role: 'programme_manager' },
      { claimValue: 'wijkkracht-teamleiders', role: 'staff' },
    ]);
    expect(stored.body.clientSecretSet).toBe(true);

    // A wrong issuer is refused next to its field.
    await page.getByLabel('Issuer-URL').fill('ftp://login.demodam.example');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul een adres in dat begint met https:// (http:// alleen voor localhost).').waitFor();
    await screenshot('sso-settings');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
