import type { Programme, Task } from './programme';

/** A small programme factory for specs: two disciplines, one person each, no holidays in the way. */
export function smallProgramme(tasks: Task[], overrides: Partial<Programme> = {}): Programme {
  return {
    today: '2026-01-05',
    horizon: { start: '2026-01-05', end: '2027-12-31' },
    disciplines: [
      { id: 'pl', name: 'Projectleider' },
      { id: 'tech', name: 'Technisch adviseur', vacancyLeadWeeks: 20 },
    ],
    staff: [
      { id: 'p1', disciplineId: 'pl', contractHours: 36, programmeShare: 1 },
      { id: 't1', disciplineId: 'tech', contractHours: 36, programmeShare: 1 },
    ],
    wijken: [
      {
        id: 'w1',
        name: 'Noord',
        phases: [
          { id: 'init', name: 'Initiatief' },
          { id: 'tech', name: 'Techniek' },
        ],
      },
    ],
    tasks,
    ...overrides,
  };
}

export const task = (
  id: string,
  effortHours: number,
  minDurationWeeks: number,
  deps: [string, number?][] = [],
  extra: Partial<Task> = {},
): Task => ({
  id,
  disciplineId: 'pl',
  wijkId: 'w1',
  phaseId: 'init',
  effortHours,
  minDurationWeeks,
  dependencies: deps.map(([taskId, lagWeeks]) => ({ taskId, lagWeeks })),
  ...extra,
});
