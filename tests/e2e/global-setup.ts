import { startAppServer } from './support/app-server';

export default async function globalSetup(): Promise<void> {
  // While developing, point the suite at an app that already runs (its demo data must be freshly seeded).
  if (process.env.E2E_APP_URL) {
    process.env.E2E_BASE_URL = process.env.E2E_APP_URL;
    return;
  }
  const started = Date.now();
  const server = await startAppServer();
  process.stdout.write(
    `\ne2e: app healthy at ${server.baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  globalThis.wijkkrachtE2eServer = server;
  // Test files read the address from the environment (inherited by Jest's workers as well).
  process.env.E2E_BASE_URL = server.baseUrl;
}
