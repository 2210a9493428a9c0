import type { RunStatus } from './forecasts';

/**
 * The phase a background run reports with its progress (`phase`, a short text). The API stores it in Dutch, the
 * reference language, and API clients read it as such; the web app shows it in the user's language. Both take the
 * texts from here: the API writes them with these constants, the web app reads them back with classifyPhase.
 */
export const RUN_PHASE_TEXTS = {
  queued: 'In de wachtrij',
  requeued: 'Opnieuw in de wachtrij gezet',
  done: 'Klaar',
  removed: 'Verwijderd',
  preparing: 'Simulaties voorbereiden',
  merging: 'Resultaten samenvoegen',
  storing: 'Resultaten opslaan',
  buildingPlan: 'Plan opbouwen',
  storingExplanation: 'Uitleg en vergelijking opslaan',
} as const;

export type RunPhase = keyof typeof RUN_PHASE_TEXTS | 'simulating';

/** A run's status as the API's Dutch texts name it ("Deze run is al …"). */
export const RUN_STATUS_TEXTS: Record<RunStatus, string> = {
  queued: 'in de wachtrij',
  running: 'bezig',
  completed: 'klaar',
  failed: 'mislukt',
  cancelled: 'geannuleerd',
};

/** The phase of a forecast's chunks: simulations done of all. */
export function simulatingPhase(done: number, total: number): string {
  return `Simulaties: ${done} van ${total}`;
}

const SIMULATING = /^Simulaties: (\d+) van (\d+)$/;
const BY_TEXT = new Map<string, RunPhase>(
  Object.entries(RUN_PHASE_TEXTS).map(([phase, text]) => [text, phase as RunPhase]),
);

/** A phase text read as its phase, with its counts ('' when it has none); null for a text of its own. */
export function classifyPhase(text: string): { phase: RunPhase; done: string; total: string } | null {
  const known = BY_TEXT.get(text);
  if (known) return { phase: known, done: '', total: '' };
  const simulating = SIMULATING.exec(text);
  return simulating ? { phase: 'simulating', done: simulating[1], total: simulating[2] } : null;
}
