import { startAppServer } from './support/app-server';

export default async function globalSetup(): Promise<void> {
  const server = await startAppServer();
  globalThis.wijkkrachtE2eServer = server;
  // Test files read the address from the environment (inherited by Jest's workers as well).
  process.env.E2E_BASE_URL = server.baseUrl;
}
