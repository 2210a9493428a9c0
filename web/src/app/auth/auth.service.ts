import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { CurrentUser, LoginRequest, LoginResponse } from '@wijkkracht/contracts';
import { Observable, firstValueFrom, map, tap } from 'rxjs';

export const AUTH_API = '/api/v1/auth';
const TOKEN_KEY = 'wijkkracht.accessToken';

interface StoredToken {
  accessToken: string;
  expiresAt: string;
}

/**
 * The one place that knows how the session is kept. For now a bearer token in sessionStorage
 * (gone when the tab closes); the security issue moves it to an HttpOnly cookie, which only changes this file.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly currentUser = signal<CurrentUser | null>(null);
  // Kept in memory too, so a browser with storage disabled still holds the session until reload.
  private token: StoredToken | null = this.readStoredToken();

  readonly user = this.currentUser.asReadonly();

  login(request: LoginRequest): Observable<CurrentUser> {
    return this.http.post<LoginResponse>(`${AUTH_API}/login`, request).pipe(
      tap((response) =>
        this.storeToken({ accessToken: response.accessToken, expiresAt: response.expiresAt }),
      ),
      tap((response) => this.currentUser.set(response.user)),
      map((response) => response.user),
    );
  }

  /** On app start: a stored, unexpired token is checked with the API; a rejected one is forgotten. */
  async restoreSession(): Promise<void> {
    if (!this.accessToken()) return;
    try {
      this.currentUser.set(await firstValueFrom(this.http.get<CurrentUser>(`${AUTH_API}/me`)));
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) this.clearSession();
      // Any other failure (API down) keeps the token: the guard sends the user to sign in, which retries.
    }
  }

  /**
   * Revokes the token on the server; the local session ends even when the server cannot be reached.
   * False only when the server may still accept the token (a 401 means it already does not).
   */
  async logout(): Promise<boolean> {
    try {
      if (this.accessToken()) await firstValueFrom(this.http.post<void>(`${AUTH_API}/logout`, null));
      return true;
    } catch (error) {
      return error instanceof HttpErrorResponse && error.status === 401;
    } finally {
      this.clearSession();
    }
  }

  /** Signed in with a token that has not expired yet (checked again on every guarded navigation). */
  hasSession(): boolean {
    return this.currentUser() !== null && this.accessToken() !== null;
  }

  /** The token for the Authorization header, or null when absent or expired. */
  accessToken(): string | null {
    if (!this.token) return null;
    if (Date.parse(this.token.expiresAt) <= Date.now()) {
      this.clearSession();
      return null;
    }
    return this.token.accessToken;
  }

  clearSession(): void {
    this.currentUser.set(null);
    this.token = null;
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Storage disabled by policy: nothing was stored either.
    }
  }

  private storeToken(token: StoredToken): void {
    this.token = token;
    try {
      sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token));
    } catch {
      // Without storage the in-memory token lasts until the page reloads.
    }
  }

  private readStoredToken(): StoredToken | null {
    try {
      const raw = sessionStorage.getItem(TOKEN_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      if (typeof parsed !== 'object' || parsed === null) return null;
      const token = parsed as Partial<StoredToken>;
      return typeof token.accessToken === 'string' && typeof token.expiresAt === 'string'
        ? { accessToken: token.accessToken, expiresAt: token.expiresAt }
        : null;
    } catch {
      return null;
    }
  }
}
