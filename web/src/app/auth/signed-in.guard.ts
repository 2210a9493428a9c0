import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Pages behind sign-in: without a session, go to the sign-in page and come back here afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthService).hasSession()) return true;
  const queryParams = state.url === '/' || state.url === '/dashboard' ? {} : { terug: state.url };
  return inject(Router).createUrlTree(['/inloggen'], { queryParams });
};
