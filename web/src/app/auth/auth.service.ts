import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { CurrentUser, LoginRequest, WebSessionResponse } from '@wijkkracht/contracts';
import { Observable, firstValueFrom, map, tap } from 'rxjs';

export const AUTH_API = '/api/v1/auth';
/** Set by the API beside the HttpOnly session cookie; Angular's XSRF support echoes it in X-XSRF-TOKEN. */
export const CSRF_COOKIE = 'XSRF-TOKEN';

/**
 * The one place that knows how the session is kept: an HttpOnly cookie the API sets at sign-in
 * (`POST /auth/session`). No token is ever visible to this code, in storage or in memory; the browser
 * sends the cookie, and Angular adds the CSRF header to every unsafe request.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly currentUser = signal<CurrentUser | null>(null);
  /** When the server ends the session at the latest (known after a sign-in on this page). */
  private expiresAt: number | null = null;

  readonly user = this.currentUser.asReadonly();

  login(request: LoginRequest): Observable<CurrentUser> {
    return this.http.post<WebSessionResponse>(`${AUTH_API}/session`, request).pipe(
      tap((response) => {
        this.expiresAt = Date.parse(response.expiresAt);
        this.currentUser.set(response.user);
      }),
      map((response) => response.user),
    );
  }

  /**
   * On app start: when the CSRF cookie says a session may exist, ask the API who is signed in. The session
   * cookie itself is HttpOnly, so the API is the only one who can tell; without the CSRF cookie there is none.
   */
  async restoreSession(): Promise<void> {
    if (!hasCookie(CSRF_COOKIE)) return;
    try {
      this.currentUser.set(await firstValueFrom(this.http.get<CurrentUser>(`${AUTH_API}/me`)));
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) this.clearSession();
      // Any other failure (API down): the guard sends the user to sign in, which retries.
    }
  }

  /**
   * Ends the session on the server, which also clears the cookies; the local session ends even when the
   * server cannot be reached. False only when the server may still accept the session (a 401 means it does not).
   */
  async logout(): Promise<boolean> {
    try {
      if (this.currentUser()) await firstValueFrom(this.http.post<void>(`${AUTH_API}/logout`, null));
      return true;
    } catch (error) {
      return error instanceof HttpErrorResponse && error.status === 401;
    } finally {
      this.clearSession();
    }
  }

  /** Signed in, and the session has not expired as far as this page knows (checked on every guarded navigation). */
  hasSession(): boolean {
    if (this.expiresAt !== null && this.expiresAt <= Date.now()) this.clearSession();
    return this.currentUser() !== null;
  }

  clearSession(): void {
    this.currentUser.set(null);
    this.expiresAt = null;
  }
}

function hasCookie(name: string): boolean {
  try {
    return document.cookie.split(';').some((part) => part.trim().startsWith(`${name}=`));
  } catch {
    return false;
  }
}
