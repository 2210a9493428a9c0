/** The side navigation, in the order the users work: overview, plan, people, what-ifs, outcomes, reporting. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: 'dashboard' },
  { path: '/wijken', labelKey: 'nav.wijken', icon: 'wijken' },
  { path: '/medewerkers', labelKey: 'nav.staff', icon: 'staff' },
  { path: '/toewijzingen', labelKey: 'nav.assignments', icon: 'assignments' },
  { path: '/scenarios', labelKey: 'nav.scenarios', icon: 'scenarios' },
  { path: '/prognoses', labelKey: 'nav.forecasts', icon: 'forecasts' },
  { path: '/raadsrapportage', labelKey: 'nav.reports', icon: 'reports' },
];
