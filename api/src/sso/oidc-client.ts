import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';

/** What openid-client needs of an organisation's configuration (the secret already decrypted). */
export interface OidcClientSettings {
  organisationId: string;
  version: number;
  issuerUrl: string;
  clientId: string;
  clientSecret: string | null;
}

const DISCOVERY_MEMORY_MS = 10 * 60_000;
const PROVIDER_TIMEOUT_SECONDS = 10;

/** Plain http only towards a provider on this machine (development, tests); validation refuses it elsewhere. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * openid-client configurations per organisation: the provider's discovery document is fetched once and
 * remembered for ten minutes, or until the organisation saves a new version of its configuration.
 */
@Injectable()
export class OidcClients {
  private readonly known = new Map<string, { version: number; until: number; config: Promise<oidc.Configuration> }>();

  get(settings: OidcClientSettings): Promise<oidc.Configuration> {
    const now = Date.now();
    const cached = this.known.get(settings.organisationId);
    if (cached && cached.version === settings.version && cached.until > now) return cached.config;
    const config = discover(settings);
    this.known.set(settings.organisationId, { version: settings.version, until: now + DISCOVERY_MEMORY_MS, config });
    // A failed discovery is not remembered: the next attempt asks the provider again.
    config.catch(() => {
      if (this.known.get(settings.organisationId)?.config === config) this.known.delete(settings.organisationId);
    });
    return config;
  }
}

/** Fetches the provider's metadata (/.well-known/openid-configuration) and checks that its issuer is the one configured. */
export async function discover(settings: Omit<OidcClientSettings, 'organisationId' | 'version'>): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuerUrl);
  const config = await oidc.discovery(
    issuer,
    settings.clientId,
    undefined,
    settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
    { execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [], timeout: PROVIDER_TIMEOUT_SECONDS },
  );
  config.timeout = PROVIDER_TIMEOUT_SECONDS;
  return config;
}
