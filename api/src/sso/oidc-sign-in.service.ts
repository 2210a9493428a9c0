import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SsoFailure } from '@wijkkracht/contracts';
import type { Request, Response } from 'express';
import Redis from 'ioredis';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SignInAudit } from '../auth/sign-in-audit';
import { TokenService } from '../auth/token.service';
import { readCookie, WebSessionService } from '../auth/web-session.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Organisation } from '../organisations/organisation.entity';
import { REDIS } from '../redis/redis.module';
import { User } from '../users/user.entity';
import { OidcClients } from './oidc-client';
import { OrganisationSsoConfig } from './organisation-sso-config.entity';
import { SsoConfigService } from './sso-config.service';
import { SsoIdentity } from './sso-identity.entity';
import { mapSsoRole, roleClaimValues } from './sso-role';
import { OIDC_PATH, oidcRedirectUri } from './sso-urls';

/** Binds a flow to the browser that started it (login CSRF): the callback must come with this cookie. */
export const FLOW_COOKIE = 'wk_oidc_flow';
const FLOW_SECONDS = 10 * 60;
const SIGN_IN_PAGE = '/inloggen';
const HOME = '/dashboard';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface FlowState {
  organisationId: string;
  configVersion: number;
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  returnTo: string;
  browser: string;
}

class SsoRefused extends Error {
  constructor(
    readonly reason: SsoFailure,
    readonly details: Record<string, unknown> = {},
    readonly organisationId: string | null = null,
  ) {
    super(reason);
  }
}

/** Claims as the provider gave them: the ID token's, completed from the UserInfo endpoint. */
type Claims = Record<string, unknown> & { sub: string };

/**
 * OpenID Connect sign-in per organisation (authorisation code flow with PKCE S256, state and nonce).
 * The flow's secrets stay server-side in Redis for ten minutes and are used once; the browser only
 * holds a random cookie binding the flow to it. The callback links or provisions the user, applies
 * the role mapping and starts the same cookie session as a password sign-in.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly dataSource: DataSource,
    private readonly configs: SsoConfigService,
    private readonly clients: OidcClients,
    private readonly webSessions: WebSessionService,
    private readonly signIns: SignInAudit,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Organisations whose members can sign in with SSO (names for the sign-in page; nothing else). */
  async organisations(): Promise<{ id: string; name: string; cbsCode: string }[]> {
    return this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .select(['o.id', 'o.name', 'o.cbsCode'])
      .innerJoin(OrganisationSsoConfig, 'c', 'c.organisation_id = o.id AND c.enabled')
      .orderBy('o.name')
      .getMany()
      .then((rows) => rows.map(({ id, name, cbsCode }) => ({ id, name, cbsCode })));
  }

  /** Sends the browser to the organisation's provider, or back to the sign-in page saying why not. */
  async start(organisationRef: string, returnTo: string | undefined, request: Request, response: Response): Promise<void> {
    try {
      await this.assertStartAllowed(request.ip ?? 'unknown');
      const organisation = await this.findOrganisation(organisationRef);
      const row = organisation ? await this.configs.findForSignIn(organisation.id) : null;
      if (!organisation || !row?.enabled) throw new SsoRefused('unavailable', { organisation: organisationRef.slice(0, 100) }, organisation?.id ?? null);
      const client = await this.client(row);

      const browser = this.browserBinding(request, response);
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const flow: FlowState = {
        organisationId: organisation.id,
        configVersion: row.version,
        codeVerifier,
        nonce,
        redirectUri: oidcRedirectUri(this.config, request),
        returnTo: safeReturnTo(returnTo),
        browser: sha256(browser),
      };
      await this.redis.set(this.flowKey(state), JSON.stringify(flow), 'EX', FLOW_SECONDS);
      const url = oidc.buildAuthorizationUrl(client, {
        redirect_uri: flow.redirectUri,
        scope: row.scopes.join(' '),
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      response.redirect(302, url.href);
    } catch (error) {
      await this.refuse(error, request, response);
    }
  }

  /** The provider's answer: checks it, finds or provisions the user, starts the web session. */
  async callback(request: Request, response: Response): Promise<void> {
    try {
      const query = new URL(request.originalUrl, 'http://callback.invalid').searchParams;
      const state = query.get('state') ?? '';
      // Used once: a replayed callback finds nothing.
      const stored = /^[A-Za-z0-9_-]{1,200}$/.test(state) ? await this.redis.getdel(this.flowKey(state)) : null;
      if (!stored) throw new SsoRefused('expired', { state: state ? 'unknown' : 'missing' });
      const flow = JSON.parse(stored) as FlowState;
      const browser = readCookie(request, FLOW_COOKIE);
      if (!browser || !sameHash(sha256(browser), flow.browser)) throw new SsoRefused('expired', { browser: 'another browser' }, flow.organisationId);
      if (query.has('error')) {
        throw new SsoRefused('provider-refused', { error: query.get('error')?.slice(0, 100), description: query.get('error_description')?.slice(0, 300) }, flow.organisationId);
      }
      const row = await this.configs.findForSignIn(flow.organisationId);
      if (!row?.enabled) throw new SsoRefused('unavailable', { reason: 'disabled during sign-in' }, flow.organisationId);
      const client = await this.client(row);

      const claims = await this.exchange(client, flow, query, row).catch((error: unknown) => {
        if (error instanceof SsoRefused) throw error;
        this.logger.warn(`OIDC code exchange failed for organisation ${flow.organisationId}: ${describe(error)}`);
        throw new SsoRefused('failed', { error: describe(error).slice(0, 300) }, flow.organisationId);
      });
      const issuer = client.serverMetadata().issuer;
      const user = await this.dataSource.transaction((manager) => this.findOrProvision(manager, row, issuer, claims));
      this.tokens.forgetUser(user.id);

      await this.webSessions.start(response, user);
      await this.signIns.succeeded(user, request.ip ?? 'unknown', { method: 'oidc', issuer, subject: claims.sub });
      response.redirect(302, flow.returnTo);
    } catch (error) {
      await this.refuse(error, request, response);
    }
  }

  /** Code for tokens (PKCE verifier, state, nonce and the ID token checked by openid-client); claims completed from UserInfo. */
  private async exchange(client: oidc.Configuration, flow: FlowState, query: URLSearchParams, row: OrganisationSsoConfig): Promise<Claims> {
    const currentUrl = new URL(flow.redirectUri);
    currentUrl.search = query.toString();
    const state = query.get('state')!;
    const tokens = await oidc.authorizationCodeGrant(client, currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('no ID token');
    let claims: Claims = { ...idClaims } as Claims;
    const needsUserInfo = claims.email === undefined || roleClaimValues(claims, row.roleClaim).length === 0;
    if (needsUserInfo && tokens.access_token && client.serverMetadata().userinfo_endpoint) {
      // The provider may give e-mail and groups only at UserInfo; the ID token's subject must match.
      const info = await oidc.fetchUserInfo(client, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
    return claims;
  }

  private async findOrProvision(manager: EntityManager, row: OrganisationSsoConfig, issuer: string, claims: Claims): Promise<User> {
    const organisationId = row.organisationId;
    const role = mapSsoRole(roleClaimValues(claims, row.roleClaim), row.roleMapping, row.defaultRole);
    const facts = { issuer, subject: claims.sub, email: typeof claims.email === 'string' ? claims.email : undefined };
    const users = manager.getRepository(User);

    const identity = await manager.findOne(SsoIdentity, { where: { issuer, subject: claims.sub }, lock: { mode: 'pessimistic_write' } });
    let user: User | null = null;
    if (identity) {
      if (identity.organisationId !== organisationId) throw new SsoRefused('other-organisation', facts, organisationId);
      user = await users.findOneByOrFail({ id: identity.userId });
    } else {
      const email = verifiedEmail(claims);
      if (!email) throw new SsoRefused('unverified-email', facts, organisationId);
      user = await users.findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (user && user.organisationId !== organisationId) throw new SsoRefused('other-organisation', facts, organisationId);
      if (user) {
        // An account already linked to another subject at this provider is not taken over by e-mail address alone.
        const linked = await manager.findOne(SsoIdentity, { where: { userId: user.id, issuer } });
        if (linked) throw new SsoRefused('account-linked', facts, organisationId);
      }
    }
    if (!role) throw new SsoRefused('no-role', { ...facts, roleClaim: row.roleClaim, values: roleClaimValues(claims, row.roleClaim).slice(0, 20) }, organisationId);
    if (user && !user.active) throw new SsoRefused('blocked', facts, organisationId);

    if (!user) {
      const email = verifiedEmail(claims)!;
      user = await users.save(users.create({ organisationId, email, name: displayName(claims, email), role, passwordHash: null, active: true }));
      await this.audit.record(manager, {
        organisationId,
        userId: user.id,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: { id: user.id, email: user.email, name: user.name, role, active: true, via: 'oidc', issuer, subject: claims.sub },
      });
    } else if (user.role !== role) {
      const before = { role: user.role };
      user = await users.save({ ...user, role });
      await this.audit.record(manager, {
        organisationId,
        userId: user.id,
        action: 'user.updated',
        entityType: 'user',
        entityId: user.id,
        before,
        after: { role, via: 'oidc role mapping', issuer },
      });
    }
    if (identity) await manager.update(SsoIdentity, { id: identity.id }, { lastSignInAt: new Date() });
    else await manager.insert(SsoIdentity, { organisationId, userId: user.id, issuer, subject: claims.sub, lastSignInAt: new Date() });
    return user;
  }

  /** Back to the sign-in page with the reason; every refusal is in the audit trail. */
  private async refuse(error: unknown, request: Request, response: Response): Promise<void> {
    const refusal = error instanceof SsoRefused ? error : new SsoRefused('failed', { error: describe(error).slice(0, 300) });
    if (!(error instanceof SsoRefused)) this.logger.error(`OIDC sign-in failed: ${describe(error)}`);
    await this.audit
      .record(this.dataSource.manager, {
        organisationId: refusal.organisationId,
        userId: null,
        action: 'auth.login.failed',
        after: { method: 'oidc', reason: refusal.reason, ...refusal.details, address: request.ip ?? 'unknown' },
      })
      .catch((auditError: unknown) => this.logger.error(`audit of a refused SSO sign-in failed: ${describe(auditError)}`));
    response.redirect(302, `${SIGN_IN_PAGE}?sso-fout=${refusal.reason}`);
  }

  private async client(row: OrganisationSsoConfig): Promise<oidc.Configuration> {
    try {
      return await this.clients.get({
        organisationId: row.organisationId,
        version: row.version,
        issuerUrl: row.issuerUrl,
        clientId: row.clientId,
        clientSecret: this.configs.clientSecret(row),
      });
    } catch (error) {
      this.logger.warn(`OIDC discovery failed for organisation ${row.organisationId}: ${describe(error)}`);
      throw new SsoRefused('failed', { error: `discovery: ${describe(error).slice(0, 300)}` }, row.organisationId);
    }
  }

  /** By id or by CBS code (GM0363), so a gemeente can link its intranet to a stable address. */
  private findOrganisation(ref: string): Promise<Organisation | null> {
    const repository = this.dataSource.getRepository(Organisation);
    if (UUID.test(ref)) return repository.findOneBy({ id: ref });
    if (/^GM\d{4}$/i.test(ref)) return repository.findOneBy({ cbsCode: ref.toUpperCase() });
    return Promise.resolve(null);
  }

  /** Starts leave a Redis entry each: one address may start at most SIGNIN_LIMIT_PER_MINUTE a minute. */
  private async assertStartAllowed(address: string): Promise<void> {
    const key = `${this.config.queuePrefix}:oidc:addr:${address}:${Math.floor(Date.now() / 60000)}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, 120).exec()) as [[unknown, number]];
    if (count > this.config.signInLimitPerMinute) throw new SsoRefused('too-many', { address });
  }

  /** The browser's flow cookie (kept if it has one, so two tabs can sign in at once). */
  private browserBinding(request: Request, response: Response): string {
    const existing = readCookie(request, FLOW_COOKIE);
    const value = existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomBytes(32).toString('base64url');
    const plainLocal = !request.secure && ['localhost', '127.0.0.1', '::1', '[::1]'].includes(request.hostname);
    // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
    response.cookie(FLOW_COOKIE, value, { httpOnly: true, secure: !plainLocal, sameSite: 'lax', path: OIDC_PATH, maxAge: FLOW_SECONDS * 1000 });
    return value;
  }

  private flowKey(state: string): string {
    return `${this.config.queuePrefix}:oidc:flow:${state}`;
  }
}

/** Only a path of the web app (not //host, not the API) may follow a sign-in; anything else goes to the dashboard. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || value.length > 300 || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return HOME;
  if (/^\/api(\/|$)/.test(value) || value.startsWith(SIGN_IN_PAGE) || /[\u0000-\u001f\\]/.test(value)) return HOME;
  return value;
}

function verifiedEmail(claims: Claims): string | null {
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  if (!verified || typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) && email.length <= 320 ? email : null;
}

function displayName(claims: Claims, email: string): string {
  const given = [claims.given_name, claims.family_name].filter((v): v is string => typeof v === 'string').join(' ');
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : given.trim() || email;
  return name.slice(0, 200);
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
