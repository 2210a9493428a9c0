import type { Programme, Task } from '../demand';

/** Two wijken of six tasks with skewed estimates, start delays and a council milestone each. */
export function forecastProgramme(options: { adviserHours?: number } = {}): Programme {
  const tasks: Task[] = [];
  const milestones: Programme['milestones'] = [];
  for (const w of ['noord', 'zuid']) {
    const t = (
      id: string,
      disciplineId: string,
      effort: number,
      weeks: number,
      deps: string[],
      delay = false,
    ): Task => ({
      id: `${w}-${id}`,
      wijkId: w,
      phaseId: 'wup',
      disciplineId,
      effortHours: effort,
      estimate: { optimistic: effort * 0.8, likely: effort, pessimistic: effort * 2 },
      minDurationWeeks: weeks,
      maxDurationWeeks: weeks * 2,
      dependencies: deps.map((d) => ({ taskId: `${w}-${d}` })),
      startDelay: delay ? { optimistic: 0, likely: 1, pessimistic: 6 } : undefined,
    });
    tasks.push(
      t('analyse', 'tech', 200, 8, []),
      t('avonden', 'part', 300, 12, [], true),
      t('keuze', 'tech', 150, 6, ['analyse']),
      t('ontwerp', 'tech', 120, 6, ['keuze']),
      t('concept', 'pl', 160, 6, ['ontwerp', 'avonden']),
      t('raad', 'pl', 60, 4, ['concept']),
    );
    milestones.push({
      id: `${w}-wup`,
      name: 'WUP vastgesteld door de raad',
      taskId: `${w}-raad`,
      deadline: '2027-06-30',
    });
  }
  return {
    today: '2026-01-05',
    horizon: { start: '2026-01-05', end: '2029-12-31' },
    disciplines: [
      { id: 'pl', name: 'Projectleider' },
      { id: 'part', name: 'Participatie' },
      { id: 'tech', name: 'Technisch adviseur', vacancyLeadWeeks: 20 },
    ],
    staff: [
      { id: 'p1', disciplineId: 'pl', contractHours: 36 },
      { id: 'q1', disciplineId: 'part', contractHours: 32, secondaryDisciplineId: 'pl' },
      {
        id: 't1',
        disciplineId: 'tech',
        contractHours: options.adviserHours ?? 36,
        leave: [{ from: '2026-07-20', to: '2026-08-07' }],
      },
    ],
    wijken: ['noord', 'zuid'].map((id) => ({ id, name: id, phases: [{ id: 'wup', name: 'WUP' }] })),
    tasks,
    milestones,
    turnover: { yearlyRate: 0.09 },
  };
}
