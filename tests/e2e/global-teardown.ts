import { stopAppServer } from './support/app-server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.wijkkrachtE2eServer;
  if (!server) return;
  globalThis.wijkkrachtE2eServer = undefined;
  await stopAppServer(server);
}
