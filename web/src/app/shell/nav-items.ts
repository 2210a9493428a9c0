import type { Role } from '@wijkkracht/contracts';

/** The side navigation, in the order the users work: overview, plan, people, what-ifs, outcomes, reporting, settings. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
  /** Shown only to these roles (the API refuses the others anyway); everyone when absent. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: 'dashboard' },
  { path: '/wijken', labelKey: 'nav.wijken', icon: 'wijken' },
  { path: '/medewerkers', labelKey: 'nav.staff', icon: 'staff' },
  { path: '/toewijzingen', labelKey: 'nav.assignments', icon: 'assignments' },
  { path: '/scenarios', labelKey: 'nav.scenarios', icon: 'scenarios' },
  { path: '/prognoses', labelKey: 'nav.forecasts', icon: 'forecasts' },
  { path: '/raadsrapportage', labelKey: 'nav.reports', icon: 'reports' },
  { path: '/auditlog', labelKey: 'nav.auditLog', icon: 'audit', roles: ['admin'] },
  { path: '/instellingen/sso', labelKey: 'nav.ssoSettings', icon: 'sso', roles: ['admin'] },
  { path: '/wachtrijen', labelKey: 'nav.queues', icon: 'queues', roles: ['admin'] },
];

/** The items the role sees. */
export function navItemsFor(role: Role | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
}
