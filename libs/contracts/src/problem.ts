/** RFC 9457 problem details: the body of every 4xx/5xx answer (NL API Design Rules), read by the web app to show errors. */
export interface InvalidParam {
  /** The field, as a dotted path into the request body or the query/path parameter's name. */
  name: string;
  /** The rule it breaks, in plain words. */
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Problem>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string';
}
