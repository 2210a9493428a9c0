/** Dutch descriptions of audit actions, for the export (the web app has its own, in Dutch and English). */
const ENTITY_NL: Record<string, string> = {
  assignment: 'toewijzing',
  'api-token': 'API-token',
  baseline: 'basislijn',
  'calendar-feed': 'agenda-link',
  discipline: 'discipline',
  'leave-period': 'verlofperiode',
  milestone: 'mijlpaal',
  organisation: 'organisatie',
  'process-template': 'WUP-sjabloon',
  'sso-config': 'SSO-instellingen',
  scenario: 'scenario',
  'staff-member': 'medewerker',
  task: 'taak',
  'task-dependency': 'taakafhankelijkheid',
  team: 'team',
  user: 'gebruiker',
  wijk: 'wijk',
};

const ACTION_NL: Record<string, string> = {
  'auth.login.succeeded': 'Aangemeld',
  'auth.login.failed': 'Aanmelden mislukt',
  'auth.login.refused': 'Aanmelden geweigerd (te veel pogingen)',
  'auth.account.locked': 'Account tijdelijk vergrendeld na mislukte pogingen',
  'user.role_changed': 'Rol gewijzigd',
  'user.activated': 'Account geactiveerd',
  'user.deactivated': 'Account geblokkeerd',
  'user.password_changed': 'Wachtwoord gewijzigd',
  'scenario.promoted': 'Scenario vastgesteld als plan',
  'calendar-feed.revoked': 'Agenda-link ingetrokken',
  'import.staff-members': 'Medewerkers geïmporteerd',
  'import.wijken': 'Wijken geïmporteerd',
  'import.mspdi': 'MS Project-planning geïmporteerd',
};

const VERB_NL: Record<string, string> = {
  created: 'aangemaakt',
  updated: 'gewijzigd',
  deleted: 'verwijderd',
  revoked: 'ingetrokken',
};

/** e.g. `wijk.updated` → "Wijk gewijzigd"; an action not known here is shown as it is. */
export function describeAction(action: string): string {
  if (ACTION_NL[action]) return ACTION_NL[action];
  const dot = action.lastIndexOf('.');
  const entity = ENTITY_NL[action.slice(0, dot)];
  const verb = VERB_NL[action.slice(dot + 1)];
  if (!entity || !verb) return action;
  return `${entity.charAt(0).toUpperCase()}${entity.slice(1)} ${verb}`;
}

export function describeEntity(entityType: string | null): string | null {
  return entityType === null ? null : (ENTITY_NL[entityType] ?? entityType);
}
