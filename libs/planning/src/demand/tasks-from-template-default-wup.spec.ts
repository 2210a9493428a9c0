import { DEFAULT_DISCIPLINES, DEFAULT_WUP_TEMPLATE } from '../template';
import { compileProgramme } from './programme-model';
import { tasksFromTemplate } from './tasks-from-template';
import { unconstrainedPlan } from './unconstrained-plan';

describe('a wijk from the default WUP template', () => {
  const wijk = {
    id: 'WK1',
    homes: 800,
    participationIntensity: 1,
    plannedStart: '2026-03-02',
    targetDate: '2030-12-31',
  };
  const { phases, tasks, milestones } = tasksFromTemplate(DEFAULT_WUP_TEMPLATE, wijk);

  it('has every template task with its estimate, start and dependencies, and the council milestone', () => {
    expect(tasks).toHaveLength(DEFAULT_WUP_TEMPLATE.phases.reduce((s, p) => s + p.tasks.length, 0));
    const raad = milestones.find((m) => m.name === 'WUP vastgesteld door de raad');
    expect(raad).toMatchObject({ taskId: 'WK1-raadsbesluit', deadline: '2028-01-04' }); // 156 weeks before the target
    for (const t of tasks) {
      expect(t.earliestStart).toBe('2026-03-02');
      expect(t.estimate!.optimistic).toBeLessThanOrEqual(t.effortHours);
      expect(t.estimate!.pessimistic).toBeGreaterThanOrEqual(t.effortHours);
    }
  });

  it('compiles into a programme and plans it', () => {
    const model = compileProgramme({
      today: '2026-01-05',
      horizon: { start: '2026-01-05', end: '2036-12-31' },
      disciplines: DEFAULT_DISCIPLINES.map((d) => ({
        id: d.code,
        name: d.name,
        vacancyLeadWeeks: d.hiringLeadWeeks,
      })),
      staff: DEFAULT_DISCIPLINES.map((d, i) => ({ id: `s${i}`, disciplineId: d.code, contractHours: 36 })),
      wijken: [{ id: 'WK1', name: 'Wijk 1', homes: 800, phases }],
      tasks,
      milestones,
    });
    const plan = unconstrainedPlan(model);
    expect(plan.cpm.projectFinish).toBeGreaterThan(156); // uitvoering alone takes at least three years
    const raad = plan.milestones.find((m) => m.milestoneId === 'WK1-milestone-raadsbesluit')!;
    expect(raad.lateWeeks).toBe(0);
  });
});
