/** One entry of an organisation's audit log: who did what, when, with the record before and after. */
export interface AuditEventView {
  id: string;
  /** ISO date-time. */
  at: string;
  /** e.g. `auth.login.failed`, `user.role_changed`, `wijk.updated`. */
  action: string;
  /** Who did it (for sign-ins: the account signed in to). Name is null once the account is deleted. */
  actor: { id: string | null; email: string | null; name: string | null };
  entityType: string | null;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Filters of the audit log and its exports. */
export interface AuditEventQuery {
  /** Date (`YYYY-MM-DD`, from the start of that day in the Netherlands) or ISO date-time. */
  from?: string;
  /** Date (up to the end of that day in the Netherlands) or ISO date-time. */
  to?: string;
  actorId?: string;
  /** The beginning of the actor's e-mail address, case ignored. */
  actorEmail?: string;
  entityType?: string;
  entityId?: string;
  /** An action, or a group of them by its beginning: `auth.login` matches `auth.login.failed`. */
  action?: string;
}
