import { isProblem } from '@wijkkracht/contracts';

/** A message to show: a translation key (our own text) or the API's own words (its problem detail). */
export type Message = { key: string } | { text: string };

/** What a field-level API error says, per field name (from the problem's invalidParams). */
export type FieldErrors = Record<string, string>;

export interface SignInError {
  /** Shown above the form in an alert; null when every error belongs to a field. */
  formMessage: Message | null;
  fieldErrors: FieldErrors;
}

const UNREACHABLE_STATUSES = new Set([0, 502, 503, 504]);

/**
 * Turns a failed `POST /auth/login` into what the page shows: field errors next to their fields, else the
 * API's detail (Dutch, RFC 9457), else our own text; a server that cannot be reached is said so plainly.
 */
export function signInError(status: number, body: unknown, knownFields: readonly string[]): SignInError {
  const problem = isProblem(body) ? body : null;
  const fieldErrors: FieldErrors = {};
  for (const param of problem?.invalidParams ?? []) {
    if (knownFields.includes(param.name)) fieldErrors[param.name] = param.reason;
  }
  if (Object.keys(fieldErrors).length > 0) return { formMessage: null, fieldErrors };
  return { formMessage: formMessage(status, problem?.detail), fieldErrors };
}

function formMessage(status: number, detail: string | undefined): Message {
  if (UNREACHABLE_STATUSES.has(status)) return { key: 'signIn.errors.unreachable' };
  if (detail && status >= 400 && status < 500) return { text: detail };
  if (status === 401) return { key: 'signIn.errors.invalidCredentials' };
  return { key: 'signIn.errors.unexpected' };
}
