import type { Role } from '@wijkkracht/contracts';

/** Who may change the plan (wijken, tasks, staff, scenarios, forecasts), mirroring the API's role guards. */
export function canEditPlan(role: Role | undefined): boolean {
  return role === 'admin' || role === 'programme_manager';
}

/** Who may assign work: planners everywhere, team leads within their own team. */
export function canAssign(role: Role | undefined): boolean {
  return canEditPlan(role) || role === 'team_lead';
}
