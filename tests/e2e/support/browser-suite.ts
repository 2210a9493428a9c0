import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { ARTIFACTS } from './app-server';
import { baseUrl, launchChromium } from './browser';

/** The password of every demo account of the seeded database. */
export const DEMO_PASSWORD = 'wijkkracht-demo';

export interface BrowserSuiteOptions {
  /** Options of each test's context besides the desktop viewport (1280 × 800) and Dutch, e.g. acceptDownloads. */
  context?: BrowserContextOptions;
  /** Permissions each test's context has on the app's origin, e.g. the clipboard. */
  permissions?: string[];
  /** The folder screenshot() writes to (tests/e2e/artifacts unless told). */
  screenshots?: string;
}

export interface BrowserSuite {
  readonly browser: Browser;
  /** This test's context and page, new for every test. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Signs in on the sign-in page with a demo account and waits for the dashboard. */
  signIn(email: string): Promise<void>;
  /** A full-page screenshot `<name>.png`, animations off. */
  screenshot(name: string): Promise<Buffer>;
  /** Closes this test's context and goes on in a new one with these options (e.g. a tablet's viewport). */
  reopen(options: BrowserContextOptions): Promise<void>;
}

/** Fills in the sign-in form on the page and submits it. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * The browser of a suite, inside its `describe`: Chromium for the whole suite and a fresh context and page
 * for each test. Script errors and Content-Security-Policy violations fail the test; the browser's own
 * line for an expected 4xx answer ("Failed to load resource") does not.
 */
export function browserSuite(o: BrowserSuiteOptions = {}): BrowserSuite {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let browserErrors: string[];

  async function open(options: BrowserContextOptions): Promise<void> {
    context = await browser.newContext(options);
    if (o.permissions) await context.grantPermissions(o.permissions, { origin: baseUrl() });
    page = await context.newPage();
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        browserErrors.push(message.text());
      }
    });
  }

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    browserErrors = [];
    await open({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', ...o.context });
  });

  afterEach(async () => {
    await context?.close();
    expect(browserErrors).toEqual([]);
  });

  return {
    get browser() {
      return browser;
    },
    get context() {
      return context;
    },
    get page() {
      return page;
    },
    async signIn(email) {
      await page.goto(`${baseUrl()}/inloggen`);
      await submitSignIn(page, email);
      await page.waitForURL('**/dashboard');
    },
    screenshot: (name) =>
      page.screenshot({
        path: join(o.screenshots ?? ARTIFACTS, `${name}.png`),
        fullPage: true,
        animations: 'disabled',
      }),
    async reopen(options) {
      await context.close();
      await open(options);
    },
  };
}
