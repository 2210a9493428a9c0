import { Browser, chromium } from 'playwright-core';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's headless Chromium (apt `chromium`): playwright-core never downloads a browser of its own here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error(
      'E2E_BASE_URL is not set: run through `npm run test:e2e` (global-setup.ts starts the app)',
    );
  return url;
}
