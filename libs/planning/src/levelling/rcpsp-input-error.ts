/**
 * Thrown when a scheduling problem cannot be solved as given (a cycle, a negative duration, a
 * resource index out of range...). `field` names the offending part as a path into the
 * problem, e.g. `activities[4].predecessors`, so callers can map it back to their own entities.
 */
export class RcpspInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'RcpspInputError';
  }
}
