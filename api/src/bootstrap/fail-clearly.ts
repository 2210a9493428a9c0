import { ConfigError } from '../config/app-config';
import { DependencyUnavailableError } from '../startup/check-dependencies';

/**
 * The one line a person sees when the process cannot start: what is wrong and what to do,
 * not a stack trace. Unexpected errors keep their stack, because then it is a bug.
 */
export function failClearly(processName: string, error: unknown): never {
  if (error instanceof ConfigError || error instanceof DependencyUnavailableError) {
    process.stderr.write(`wijkkracht ${processName}: ${error.message}\n`);
  } else {
    process.stderr.write(`wijkkracht ${processName}: failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
}
