import { isProblem, type ReasonRule } from '@wijkkracht/contracts';
import { type FieldReason, fieldReason } from './field-reason';

/** A message to show: a translation key with its parameters (our own text) or the API's own words (its problem detail). */
export type Message = FieldReason | { text: string };

export function isTranslationKey(message: Message): message is FieldReason {
  return 'key' in message;
}

/** What the page shows for a failed API call: reasons next to their form fields, else one message for the form. */
export interface ProblemMessages {
  /** Shown above the form in an alert; null when every error belongs to a field. */
  formMessage: Message | null;
  /** The API's reason per field name (from the problem's invalidParams) in the user's language, for fields the form has. */
  fieldErrors: Record<string, FieldReason>;
}

const UNREACHABLE_STATUSES = new Set([0, 502, 503, 504]);

/**
 * Turns a failed API answer (RFC 9457 problem details) into messages: invalidParams go next to their fields (their
 * rules in the user's language, by fieldReason, with a page's own texts for some rules in `reasonKeys`), otherwise
 * the API's detail; our own text when there is none, and never the text of a 5xx (it may leak internals). A server
 * that cannot be reached is said so plainly.
 */
export function problemMessages(
  status: number,
  body: unknown,
  formFields: readonly string[],
  fallbackKeys: Partial<Record<number, string>> = {},
  reasonKeys: Partial<Record<ReasonRule, string>> = {},
): ProblemMessages {
  const problem = isProblem(body) ? body : null;
  const fieldErrors: Record<string, FieldReason> = {};
  for (const param of problem?.invalidParams ?? []) {
    if (formFields.includes(param.name)) fieldErrors[param.name] = fieldReason(param.reason, reasonKeys);
  }
  if (Object.keys(fieldErrors).length > 0) return { formMessage: null, fieldErrors };
  return { formMessage: formMessage(status, problem?.detail, fallbackKeys), fieldErrors };
}

function formMessage(
  status: number,
  detail: string | undefined,
  fallbackKeys: Partial<Record<number, string>>,
): Message {
  if (UNREACHABLE_STATUSES.has(status)) return { key: 'errors.unreachable' };
  if (detail && status >= 400 && status < 500) return { text: detail };
  return { key: fallbackKeys[status] ?? 'errors.unexpected' };
}
