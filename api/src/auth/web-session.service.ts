import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import { TokenService } from './token.service';

/** HttpOnly: the session token itself; sent only to the API (Path=/api). */
export const SESSION_COOKIE = 'wk_session';
/** Readable by the web app's script, which echoes it in CSRF_HEADER (Angular's XSRF support). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/**
 * The CSRF token of a session, derived from the session token: bound to that session (a token planted by a
 * sibling site cannot match the victim's HttpOnly session cookie) and needing no storage. The HMAC key is
 * fixed and public — it only separates this value from the stored SHA-256; the secret is the session token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', 'wijkkracht-csrf-v1').update(sessionToken).digest('base64url');
}

/** True when the header carries the CSRF token of this session (compared in constant time). */
export function csrfTokenMatches(sessionToken: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || header.length === 0) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One cookie's value from the Cookie header (no cookie-parser needed for two cookies). */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Web sessions as cookies. The one place that starts and ends a browser session: password sign-in
 * (`POST /auth/session`) and single sign-on callbacks call `start`, sign-out calls `end`.
 */
@Injectable()
export class WebSessionService {
  constructor(private readonly tokens: TokenService) {}

  /**
   * Issues a session token for the user (stored hashed, like every token) and sets it on the response
   * as an HttpOnly, SameSite=Strict cookie (Secure unless served over plain HTTP on localhost), with the
   * matching CSRF cookie. The caller records the sign-in in the audit trail (it knows how the user signed in).
   */
  async start(response: Response, user: { id: string }): Promise<{ expiresAt: Date }> {
    const { token, expiresAt } = await this.tokens.issue(user.id);
    const base = cookieBase(response.req);
    // Browser-session cookies (no Max-Age): closing the browser forgets them; the server-side expiry still applies.
    response.cookie(SESSION_COOKIE, token, { ...base, httpOnly: true, path: '/api' });
    response.cookie(CSRF_COOKIE, csrfTokenFor(token), { ...base, httpOnly: false, path: '/' });
    return { expiresAt };
  }

  /** Clears both cookies (the caller revokes the token server-side). */
  clear(response: Response): void {
    const base = cookieBase(response.req);
    response.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true, path: '/api' });
    response.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false, path: '/' });
  }

  /** Revokes the cookie's session server-side (at once on this instance) and clears the cookies. */
  async end(request: Request, response: Response): Promise<void> {
    const token = readCookie(request, SESSION_COOKIE);
    if (token) {
      const found = await this.tokens.resolve(token);
      if (found) await this.tokens.revoke(found.tokenId);
    }
    this.clear(response);
  }
}

function cookieBase(request: Request | undefined): CookieOptions {
  const plainLocal = !!request && !request.secure && LOOPBACK.has(request.hostname);
  return { sameSite: 'strict', secure: !plainLocal };
}
