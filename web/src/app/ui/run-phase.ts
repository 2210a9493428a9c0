import { classifyPhase } from '@wijkkracht/contracts';
import type { Message } from './problem-messages';

/** A run's phase (stored in Dutch by the API) in the user's language: a translation key, or the text as it came. */
export function runPhaseMessage(phase: string): Message {
  const read = classifyPhase(phase);
  return read
    ? { key: `runPhases.${read.phase}`, params: { done: read.done, total: read.total } }
    : { text: phase };
}
