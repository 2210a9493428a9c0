import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** The sign-in page itself: a signed-in user has nothing to do there. */
export const signedOutGuard: CanActivateFn = () =>
  inject(AuthService).hasSession() ? inject(Router).createUrlTree(['/dashboard']) : true;
