import { navItemsFor } from './nav-items';

describe('the side navigation per role', () => {
  it('shows the single sign-on settings to admins only', () => {
    expect(navItemsFor('admin').map((item) => item.path)).toContain('/instellingen/sso');
    for (const role of ['programme_manager', 'team_lead', 'staff', 'viewer'] as const) {
      expect(navItemsFor(role).map((item) => item.path)).not.toContain('/instellingen/sso');
    }
    expect(navItemsFor(undefined).map((item) => item.path)).not.toContain('/instellingen/sso');
  });

  it('shows everyone the pages without a role restriction', () => {
    expect(navItemsFor('viewer').map((item) => item.path)).toEqual(expect.arrayContaining(['/dashboard', '/wijken', '/raadsrapportage']));
  });
});
