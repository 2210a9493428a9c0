import { Routes } from '@angular/router';
import { signedInGuard } from './auth/signed-in.guard';
import { roleGuard } from './auth/role.guard';
import { signedOutGuard } from './auth/signed-out.guard';

// Paths are Dutch (they are part of what users see and share); titles are translation keys (TranslatedTitleStrategy).
// Everything loads lazily: the first paint carries the framework and whichever of sign-in or shell is needed.
export const APP_ROUTES: Routes = [
  {
    path: 'inloggen',
    title: 'signIn.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: '',
    loadComponent: () => import('./shell/shell.component').then((m) => m.ShellComponent),
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'dashboard.title',
        loadComponent: () =>
          import('./dashboard/dashboard-page.component').then((m) => m.DashboardPageComponent),
      },
      {
        path: 'wijken',
        title: 'pages.wijken.title',
        loadComponent: () => import('./wijken/wijken-page.component').then((m) => m.WijkenPageComponent),
      },
      {
        path: 'wijken/:id',
        title: 'pages.wijken.detailTitle',
        loadComponent: () => import('./wijken/wijk-page.component').then((m) => m.WijkPageComponent),
      },
      {
        path: 'medewerkers',
        title: 'pages.staff.title',
        loadComponent: () => import('./staff/staff-page.component').then((m) => m.StaffPageComponent),
      },
      {
        path: 'medewerkers/:id',
        title: 'pages.staff.detailTitle',
        loadComponent: () =>
          import('./staff/staff-member-page.component').then((m) => m.StaffMemberPageComponent),
      },
      {
        path: 'toewijzingen',
        title: 'pages.assignments.title',
        loadComponent: () =>
          import('./assignments/assignments-page.component').then((m) => m.AssignmentsPageComponent),
      },
      {
        path: 'scenarios',
        title: 'pages.scenarios.title',
        loadComponent: () =>
          import('./scenarios/scenarios-page.component').then((m) => m.ScenariosPageComponent),
      },
      {
        path: 'prognoses',
        title: 'pages.forecasts.title',
        loadComponent: () =>
          import('./forecasts/forecasts-page.component').then((m) => m.ForecastsPageComponent),
      },
      {
        path: 'raadsrapportage',
        title: 'pages.reports.title',
        loadComponent: () => import('./reports/reports-page.component').then((m) => m.ReportsPageComponent),
      },
      {
        path: 'instellingen/sso',
        title: 'ssoSettings.title',
        loadComponent: () =>
          import('./settings/sso-settings-page.component').then((m) => m.SsoSettingsPageComponent),
      },
      {
        path: 'auditlog',
        title: 'auditLog.title',
        loadComponent: () => import('./audit/audit-log-page.component').then((m) => m.AuditLogPageComponent),
      },
      {
        path: 'wachtrijen',
        title: 'pages.queues.title',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('./queues/queues-page.component').then((m) => m.QueuesPageComponent),
      },
      {
        path: 'instellingen/api-tokens',
        title: 'apiTokens.title',
        loadComponent: () =>
          import('./api-tokens/api-tokens-page.component').then((m) => m.ApiTokensPageComponent),
      },
      {
        path: '**',
        title: 'pages.notFound.title',
        loadComponent: () => import('./ui/not-found-page.component').then((m) => m.NotFoundPageComponent),
      },
    ],
  },
];
