import { mapSsoRole, roleClaimValues, type SsoRoleRule } from './sso-role';

const RULES: SsoRoleRule[] = [
  { claimValue: 'wijkkracht-viewers', role: 'viewer' },
  { claimValue: 'wijkkracht-managers', role: 'programme_manager' },
  { claimValue: 'wijkkracht-admins', role: 'admin' },
];

describe('role claim values', () => {
  it('reads a list, a single string, and a dotted path into nested claims', () => {
    expect(roleClaimValues({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b']);
    expect(roleClaimValues({ role: 'a' }, 'role')).toEqual(['a']);
    expect(roleClaimValues({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
  });

  it('finds nothing for a missing claim, a number or an object, and not through the prototype', () => {
    expect(roleClaimValues({}, 'groups')).toEqual([]);
    expect(roleClaimValues({ groups: 7 }, 'groups')).toEqual([]);
    expect(roleClaimValues({ groups: { a: 1 } }, 'groups')).toEqual([]);
    expect(roleClaimValues({ groups: [] }, 'groups.length')).toEqual([]);
    expect(roleClaimValues({}, 'constructor.name')).toEqual([]);
  });
});

describe('role mapping', () => {
  it('gives the mapped role of the one value the user carries', () => {
    expect(mapSsoRole(['other', 'wijkkracht-managers'], RULES, null)).toBe('programme_manager');
  });

  it('gives the role with the most rights when several values match, whatever the order of the rules', () => {
    expect(mapSsoRole(['wijkkracht-viewers', 'wijkkracht-admins'], RULES, null)).toBe('admin');
    expect(mapSsoRole(['wijkkracht-viewers', 'wijkkracht-managers'], [...RULES].reverse(), null)).toBe('programme_manager');
  });

  it('falls back to the default role when nothing matches', () => {
    expect(mapSsoRole(['unknown'], RULES, 'staff')).toBe('staff');
    expect(mapSsoRole([], [], 'viewer')).toBe('viewer');
  });

  it('refuses (null) when nothing matches and there is no default role', () => {
    expect(mapSsoRole(['unknown'], RULES, null)).toBeNull();
    expect(mapSsoRole([], RULES, null)).toBeNull();
  });

  it('matches claim values exactly (case and whole value)', () => {
    expect(mapSsoRole(['Wijkkracht-Admins', 'wijkkracht-admins-old'], RULES, null)).toBeNull();
  });
});
