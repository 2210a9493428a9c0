import type { Translations } from './translations-nl';

/** English UI text, the second language. */
export const TRANSLATIONS_EN: Translations = {
  app: {
    name: 'Wijkkracht',
    tagline: 'Capacity planning for the heat transition',
    skipLink: 'Skip to content',
  },
  errors: {
    unreachable: 'The server cannot be reached right now. Try again in a few minutes.',
    unexpected: 'That failed because of a server error. Try again later.',
  },
  language: {
    label: 'Language',
    nl: 'Dutch',
    en: 'English',
  },
  roles: {
    admin: 'Administrator',
    programme_manager: 'Programme manager',
    team_lead: 'Team lead',
    staff: 'Staff member',
    viewer: 'Council member (read only)',
  },
  shell: {
    toggleMenu: 'Open or close the menu',
    mainNavigation: 'Main menu',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signOutFailed: 'Signing out on the server failed; you are signed out on this device.',
  },
  nav: {
    dashboard: 'Dashboard',
    wijken: 'Wijken',
    staff: 'Staff',
    assignments: 'Assignments',
    scenarios: 'Scenarios',
    forecasts: 'Forecasts',
    reports: 'Council report',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address and password of your municipal account.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    errors: {
      emailRequired: 'Enter your e-mail address.',
      emailInvalid: 'This is not a valid e-mail address, for example name@municipality.nl.',
      passwordRequired: 'Enter your password.',
      invalidCredentials: 'The e-mail address or the password is not correct.',
    },
  },
  dashboard: {
    title: 'Dashboard',
    greeting: 'Welcome, {{name}}',
    roleLine: 'You work as {{role}} at {{organisation}}.',
    emptyTitle: 'Nothing to show yet',
    emptyText:
      'The capacity shortfall per discipline and month, the key figures and the milestones at risk appear here once a forecast has been computed.',
  },
  pages: {
    wijken: {
      title: 'Wijken',
      emptyTitle: 'No wijken to show yet',
      emptyText:
        'The startwijken and later waves will appear here, each with the timeline of its plan and its milestones.',
    },
    staff: {
      title: 'Staff',
      emptyTitle: 'No staff to show yet',
      emptyText:
        'Staff by discipline and team will appear here, with their available hours, allocation and leave.',
    },
    assignments: {
      title: 'Assignments',
      emptyTitle: 'Nothing to assign yet',
      emptyText: 'Team leads assign tasks to people week by week here and see their load at once.',
    },
    scenarios: {
      title: 'Scenarios',
      emptyTitle: 'No scenarios yet',
      emptyText:
        'Create scenarios from the plan here (an extra wave, a later start, more or fewer people) and compare them side by side.',
    },
    forecasts: {
      title: 'Forecasts',
      emptyTitle: 'No forecasts computed yet',
      emptyText:
        'Start a forecast with uncertainty here and follow its progress; the result shows the chance that milestones are met.',
    },
    reports: {
      title: 'Council report',
      emptyTitle: 'No report yet',
      emptyText:
        'Prepare the report for the council here, with the forecast and the advice on extra capacity.',
    },
    notFound: {
      title: 'Page not found',
      text: 'This page does not exist (any more). Choose a section in the menu.',
      back: 'Go to the dashboard',
    },
  },
};
