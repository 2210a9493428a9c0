import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';

export const OIDC_PATH = '/api/v1/auth/oidc';

/**
 * Where browsers reach this installation: PUBLIC_URL when set, else the address of the request (the
 * provider only accepts a redirect URI registered for the client, so a forged Host cannot redirect elsewhere).
 */
export function publicBaseUrl(config: AppConfig, request: Request): string {
  return config.publicUrl ?? `${request.protocol}://${request.get('host')}`;
}

/** The one redirect URI of every organisation's provider: the flow's state says which organisation it is. */
export function oidcRedirectUri(config: AppConfig, request: Request): string {
  return `${publicBaseUrl(config, request)}${OIDC_PATH}/callback`;
}

export function oidcStartUrl(config: AppConfig, request: Request, cbsCode: string): string {
  return `${publicBaseUrl(config, request)}${OIDC_PATH}/${cbsCode}/start`;
}
