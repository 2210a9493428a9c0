import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_API, AuthService } from './auth.service';

/**
 * Sends the user to sign in when the API no longer accepts the session. The session itself travels as an
 * HttpOnly cookie (same origin, so the browser adds it) and the CSRF header comes from Angular's XSRF support.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      // The auth endpoints handle their own 401s (wrong password, expired session at start-up).
      if (error instanceof HttpErrorResponse && error.status === 401 && !request.url.startsWith(AUTH_API)) {
        auth.clearSession();
        void router.navigate(['/inloggen'], { queryParams: { terug: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
