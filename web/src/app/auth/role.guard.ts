import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@wijkkracht/contracts';
import { AuthService } from './auth.service';

/** Pages for some roles only (the API refuses the others anyway): anyone else lands on the dashboard. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => {
    const role = inject(AuthService).user()?.role;
    if (role && roles.includes(role)) return true;
    return inject(Router).createUrlTree(['/dashboard']);
  };
}
