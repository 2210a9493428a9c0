/**
 * Runs a step-by-step computation of the engine (a generator such as `mergeSteps` or
 * `solveRcpspSteps`) to its end in one go and returns its result: the plain, synchronous call.
 */
export function runToEnd<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
