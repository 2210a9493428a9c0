import { isRole, ROLES } from './roles';

describe('roles', () => {
  it('knows the five roles of the design', () => {
    expect(ROLES).toEqual(['admin', 'programme_manager', 'team_lead', 'staff', 'viewer']);
  });

  it('rejects anything that is not a role', () => {
    expect(isRole('programme_manager')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
