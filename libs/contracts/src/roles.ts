/** One role per user per organisation (design.md, "Domain model"). */
export const ROLES = ['admin', 'programme_manager', 'team_lead', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
