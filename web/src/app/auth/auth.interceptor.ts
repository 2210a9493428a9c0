import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_API, AuthService } from './auth.service';

/** Adds the bearer token to our own API calls only, and sends the user to sign in when the API no longer accepts it. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.accessToken();
  const authorised = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorised).pipe(
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
