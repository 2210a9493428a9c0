import { smallProgramme, task } from '../demand/programme.fixture';
import { compileProgramme, unconstrainedPlan } from '../demand';
import { levelProgramme } from './level-programme';

describe('levelling work that has started or is done', () => {
  // Today is Monday 2 March 2026 (week 8 of the horizon).
  const programme = smallProgramme(
    [
      task('done', 100, 4, [], { status: 'done', hoursSpent: 100 }),
      task('busy', 120, 6, [['done']], { status: 'in_progress', hoursSpent: 60 }),
      task('next', 36, 1, [['busy']]),
      task('later', 36, 1, [['done']]),
    ],
    {
      today: '2026-03-02',
      milestones: [{ id: 'm-done', name: 'Analyse klaar', taskId: 'done', deadline: '2026-02-06' }],
    },
  );

  it('starts in-progress work this week with its remaining effort, and plans nothing before today', () => {
    const model = compileProgramme(programme);
    const at = (id: string) => model.taskIndex.get(id)!;
    expect(model.todayWeek).toBe(8);
    expect(model.fixedStart[at('busy')]).toBe(8);
    expect(model.effort[at('busy')]).toBe(60);
    expect(model.minDuration[at('busy')]).toBe(3); // half the work left: half of six weeks
    expect(model.effort[at('done')]).toBe(0);
    const plan = unconstrainedPlan(model);
    expect(plan.cpm.earliestStart[at('later')]).toBe(8);
    expect(plan.demand[0][8]).toBeCloseTo(20 + 36, 10);
  });

  it('levels around it and counts a milestone on finished work as reached', () => {
    const plan = levelProgramme(programme, { schedules: 20 });
    const byId = new Map(plan.tasks.map((t) => [t.taskId, t]));
    expect(byId.get('busy')).toMatchObject({ startWeek: 8, finishWeek: 11 });
    expect(byId.get('next')!.startWeek).toBeGreaterThanOrEqual(11);
    expect(byId.get('later')!.startWeek).toBeGreaterThanOrEqual(8);
    expect(plan.milestones[0]).toMatchObject({ milestoneId: 'm-done', onTime: true, lateWeeks: 0 }); // done before its (past) deadline
    expect(plan.lateness).toEqual([]);
    expect(plan.unschedulable).toEqual([]);
  });
});
