/**
 * Graceful shutdown lets in-flight requests and jobs finish; this deadline makes sure a stuck one
 * cannot keep the process alive forever after SIGTERM.
 */
export function installShutdownDeadline(timeoutMs: number, log: (message: string) => void): void {
  const arm = (signal: NodeJS.Signals) => {
    log(`received ${signal}: finishing in-flight work (at most ${Math.round(timeoutMs / 1000)} s)`);
    setTimeout(() => {
      log('shutdown deadline passed; exiting');
      process.exit(1);
    }, timeoutMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
