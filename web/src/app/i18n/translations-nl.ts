/** Dutch UI text: the reference language. Every key here must exist in translations-en.ts (the type enforces it). */
export const TRANSLATIONS_NL = {
  app: {
    name: 'Wijkkracht',
    tagline: 'Capaciteitsplanning voor de warmtetransitie',
    skipLink: 'Naar de inhoud',
  },
  errors: {
    unreachable: 'De server is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    unexpected: 'Dat lukte niet door een fout op de server. Probeer het later opnieuw.',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'Engels',
  },
  roles: {
    admin: 'Beheerder',
    programme_manager: 'Programmamanager',
    team_lead: 'Teamleider',
    staff: 'Medewerker',
    viewer: 'Raadslid (alleen lezen)',
  },
  shell: {
    toggleMenu: 'Menu openen of sluiten',
    mainNavigation: 'Hoofdmenu',
    signedInAs: 'Aangemeld als',
    signOut: 'Uitloggen',
    signOutFailed: 'Uitloggen op de server lukte niet; je bent op dit apparaat wel uitgelogd.',
  },
  nav: {
    dashboard: 'Dashboard',
    wijken: 'Wijken',
    staff: 'Medewerkers',
    assignments: 'Toewijzingen',
    scenarios: "Scenario's",
    forecasts: 'Prognoses',
    reports: 'Raadsrapportage',
  },
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres en wachtwoord van je gemeente-account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    errors: {
      emailRequired: 'Vul je e-mailadres in.',
      emailInvalid: 'Dit is geen geldig e-mailadres, bijvoorbeeld naam@gemeente.nl.',
      passwordRequired: 'Vul je wachtwoord in.',
      invalidCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    },
  },
  dashboard: {
    title: 'Dashboard',
    greeting: 'Welkom, {{name}}',
    roleLine: 'Je werkt als {{role}} bij {{organisation}}.',
    emptyTitle: 'Nog niets te tonen',
    emptyText:
      'Hier verschijnen het capaciteitstekort per discipline en maand, de kerncijfers en de mijlpalen die gevaar lopen, zodra er een prognose is berekend.',
  },
  pages: {
    wijken: {
      title: 'Wijken',
      emptyTitle: 'Nog geen wijken om te tonen',
      emptyText:
        'Hier komen de startwijken en latere tranches, met per wijk de tijdlijn van het wijkuitvoeringsplan en de mijlpalen.',
    },
    staff: {
      title: 'Medewerkers',
      emptyTitle: 'Nog geen medewerkers om te tonen',
      emptyText:
        'Hier komen de medewerkers per discipline en team, met hun beschikbare uren, inzet en verlof.',
    },
    assignments: {
      title: 'Toewijzingen',
      emptyTitle: 'Nog niets om toe te wijzen',
      emptyText: 'Hier wijs je als teamleider taken per week toe aan mensen en zie je direct hun bezetting.',
    },
    scenarios: {
      title: "Scenario's",
      emptyTitle: "Nog geen scenario's",
      emptyText:
        "Hier maak je scenario's op basis van het plan (een extra tranche, een latere start, meer of minder mensen) en vergelijk je ze naast elkaar.",
    },
    forecasts: {
      title: 'Prognoses',
      emptyTitle: 'Nog geen prognoses berekend',
      emptyText:
        'Hier start je een prognose met onzekerheid en volg je de voortgang; de uitkomst laat de kans zien dat mijlpalen op tijd zijn.',
    },
    reports: {
      title: 'Raadsrapportage',
      emptyTitle: 'Nog geen rapportage',
      emptyText:
        'Hier maak je de rapportage voor de raad, met de prognose en het advies over extra capaciteit.',
    },
    notFound: {
      title: 'Pagina niet gevonden',
      text: 'Deze pagina bestaat niet (meer). Kies een onderdeel in het menu.',
      back: 'Naar het dashboard',
    },
  },
};

/** The shape every language must fill: the same keys as Dutch, each with a string. */
export type Translations = DeepStrings<typeof TRANSLATIONS_NL>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
