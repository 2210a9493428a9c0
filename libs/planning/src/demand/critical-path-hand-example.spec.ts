import { criticalChain, criticalPath } from './critical-path';
import { compileProgramme } from './programme-model';
import { smallProgramme, task } from './programme.fixture';
import { unconstrainedPlan } from './unconstrained-plan';

describe('critical path on a hand example with lags', () => {
  // A(3) → B(2) with lag 1; A → C(4); B → D(1); C → D with lag 2; E(2) released in week 4.
  const model = compileProgramme(
    smallProgramme(
      [
        task('A', 30, 3),
        task('B', 20, 2, [['A', 1]]),
        task('C', 40, 4, [['A']], { disciplineId: 'tech' }),
        task('D', 10, 1, [['B'], ['C', 2]]),
        task('E', 20, 2, [], { earliestStart: '2026-02-02' }),
      ],
      { milestones: [{ id: 'm', name: 'D klaar', taskId: 'D', deadline: '2026-03-06' }] },
    ),
  );
  const cpm = criticalPath(model);
  const at = (id: string) => model.taskIndex.get(id) as number;

  it('computes earliest and latest starts and slack', () => {
    const row = (id: string) => [
      cpm.earliestStart[at(id)],
      cpm.earliestFinish[at(id)],
      cpm.latestStart[at(id)],
      cpm.slack[at(id)],
    ];
    expect(row('A')).toEqual([0, 3, 0, 0]);
    expect(row('B')).toEqual([4, 6, 7, 3]);
    expect(row('C')).toEqual([3, 7, 3, 0]);
    expect(row('D')).toEqual([9, 10, 9, 0]);
    expect(row('E')).toEqual([4, 6, 8, 4]);
    expect(cpm.projectFinish).toBe(10);
  });

  it('names the critical chain', () => {
    expect(criticalChain(model, cpm)).toEqual(['A', 'C', 'D']);
  });

  it('reports the milestone late against its deadline week', () => {
    // Deadline Friday 6 March 2026 lies in week 8, so D must finish by week index 9; it finishes at 10.
    expect(unconstrainedPlan(model).milestones).toEqual([
      { milestoneId: 'm', finishWeek: 10, dueWeek: 9, lateWeeks: 1 },
    ]);
  });

  it('asks effort / duration hours a week per discipline', () => {
    const plan = unconstrainedPlan(model);
    expect(Array.from(plan.demand[0].subarray(0, 11))).toEqual([10, 10, 10, 0, 20, 20, 0, 0, 0, 10, 0]);
    expect(Array.from(plan.demand[1].subarray(0, 8))).toEqual([0, 0, 0, 10, 10, 10, 10, 0]);
    expect(plan.shortfall[0][4]).toBe(0);
  });
});

describe('weekly demand pro-rated by working days', () => {
  it('asks 4/5 of the rate in the week of Easter Monday 2026', () => {
    const model = compileProgramme(smallProgramme([task('F', 100, 2, [], { earliestStart: '2026-04-06' })]));
    const plan = unconstrainedPlan(model);
    const w = model.release[0];
    expect(plan.demand[0][w]).toBeCloseTo(40, 10);
    expect(plan.demand[0][w + 1]).toBeCloseTo(50, 10);
  });

  it('shows a shortfall where demand exceeds the 36 hours of one person', () => {
    const model = compileProgramme(smallProgramme([task('G', 200, 4)]));
    const plan = unconstrainedPlan(model);
    expect(plan.gap[0][0]).toBeCloseTo(14, 10);
    expect(plan.shortfall[0][0]).toBeCloseTo(14, 10);
    expect(plan.shortfall[1][0]).toBe(0);
  });
});
