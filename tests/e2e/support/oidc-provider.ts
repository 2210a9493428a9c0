import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './app-server';

/** The API's test provider (a real oidc-provider), the same one its integration tests use. */
const PROVIDER_SCRIPT = join(ROOT, 'api', 'test', 'oidc', 'test-provider.mjs');

export interface OidcTestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts an OpenID Connect provider on a free port of 127.0.0.1, named `localhost` in its issuer: for the
 * browser another site than the app on 127.0.0.1, so the return from the provider is a cross-site navigation.
 */
export async function startOidcProvider(
  clients: { client_id: string; client_secret?: string; redirect_uris: string[] }[],
  accounts: Record<string, { email?: string; email_verified?: boolean; name?: string; groups?: string[] }>,
): Promise<OidcTestProvider> {
  const child = spawn(process.execPath, [PROVIDER_SCRIPT], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients), OIDC_TEST_ACCOUNTS: JSON.stringify(accounts), OIDC_TEST_HOST: 'localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OIDC test provider did not start within 20 s\n${errors}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`the OIDC test provider stopped (${code})\n${errors}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
