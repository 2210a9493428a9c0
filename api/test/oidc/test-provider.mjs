// A real OpenID Connect provider (panva's oidc-provider) for the tests of single sign-on: started as its own
// process (oidc-provider is ESM-only; Jest runs CommonJS) on a free port of 127.0.0.1. Its development
// login and consent pages accept any login name that is an account below (the password is not checked).
//
//   OIDC_TEST_CLIENTS='[{"client_id":"…","client_secret":"…","redirect_uris":["…"]}]'
//   OIDC_TEST_ACCOUNTS='{"anna":{"email":"…","email_verified":true,"name":"…","groups":["…"]}}'
//   node test-provider.mjs   → prints one line {"issuer":"http://127.0.0.1:<port>"} when it listens
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]');
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');

const server = createServer();
server.listen(Number(process.env.OIDC_TEST_PORT ?? 0), '127.0.0.1', () => {
  // OIDC_TEST_HOST=localhost makes the provider another site than an app on 127.0.0.1 (a real cross-site flow).
  const issuer = `http://${process.env.OIDC_TEST_HOST ?? '127.0.0.1'}:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: client.client_secret ? 'client_secret_basic' : 'none',
      ...client,
    })),
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
      groups: ['groups'],
    },
    findAccount: (_ctx, id) =>
      Object.hasOwn(accounts, id) ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
    cookies: { keys: ['wijkkracht-test-provider'] },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
