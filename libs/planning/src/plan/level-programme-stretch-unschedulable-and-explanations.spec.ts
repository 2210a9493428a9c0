import { smallProgramme, task } from '../demand/programme.fixture';
import { levelProgramme } from './level-programme';

describe('levelling a small programme', () => {
  it('runs two full-time tasks of one discipline one after the other', () => {
    const plan = levelProgramme(smallProgramme([task('A', 72, 2), task('B', 72, 2)]), { schedules: 50 });
    const starts = plan.tasks.map((t) => t.startWeek).sort();
    expect(starts).toEqual([0, 2]);
    expect(plan.finish).toBe('2026-01-30');
  });

  it('stretches a task whose rate no week can carry, up to its maximum duration', () => {
    const plan = levelProgramme(smallProgramme([task('A', 144, 2, [], { maxDurationWeeks: 6 })]), {
      schedules: 20,
    });
    expect(plan.tasks[0]).toMatchObject({ taskId: 'A', durationWeeks: 4, stretched: true, weeklyHours: 36 });
  });

  it('draws on the flexible pool of staff with the discipline as their secondary one', () => {
    const programme = smallProgramme([task('A', 40, 1)]);
    programme.staff = [
      { id: 'p1', disciplineId: 'pl', contractHours: 36, programmeShare: 1 },
      {
        id: 't1',
        disciplineId: 'tech',
        contractHours: 36,
        programmeShare: 1,
        secondaryDisciplineId: 'pl',
        secondaryShare: 0.5,
      },
    ];
    // 40 hours in one week: more than the projectleider's 36, within the 18 flexible hours.
    const plan = levelProgramme(programme, { schedules: 20 });
    expect(plan.tasks[0]).toMatchObject({ taskId: 'A', startWeek: 0, durationWeeks: 1, flexible: true });
  });

  it('reports a task it cannot place, with the reason in domain words', () => {
    const plan = levelProgramme(
      smallProgramme([task('A', 1000, 2, [], { maxDurationWeeks: 4 }), task('B', 10, 1, [['A']])]),
      { schedules: 20 },
    );
    expect(plan.unschedulable.map((u) => u.taskId).sort()).toEqual(['A', 'B']);
    const reasonA = plan.unschedulable.find((u) => u.taskId === 'A')!.reason;
    expect(reasonA).toMatch(/discipline pl/);
    expect(reasonA).not.toMatch(/resource \d|activity \d/);
    expect(plan.unschedulable.find((u) => u.taskId === 'B')!.reason).toMatch(/task A/);
  });

  it('explains a late milestone by its chain and the discipline that held it back', () => {
    // Three tech tasks compete for one technical adviser; the milestone waits on the last one.
    const programme = smallProgramme(
      [
        task('T1', 108, 3, [], { disciplineId: 'tech', phaseId: 'tech' }),
        task('T2', 108, 3, [], { disciplineId: 'tech', phaseId: 'tech' }),
        task('P', 36, 1, [['T1'], ['T2']]),
      ],
      {
        milestones: [
          { id: 'raad', name: 'WUP vastgesteld door de raad', taskId: 'P', deadline: '2026-01-30' },
        ],
      },
    );
    const plan = levelProgramme(programme, { schedules: 50 });
    expect(plan.milestones[0]).toMatchObject({
      milestoneId: 'raad',
      onTime: false,
      finishWeek: 7,
      lateWeeks: 3,
      date: '2026-02-20',
    });
    const [why] = plan.lateness;
    expect(why.holdingDisciplineId).toBe('tech');
    expect(why.chain.map((l) => l.taskId)).toEqual([expect.stringMatching(/T1|T2/), 'P']);
    expect(why.chain[0].waitedWeeks).toBe(3);
  });

  it('names the wijken and phases behind an overload from pinned work', () => {
    const programme = smallProgramme([
      task('A', 72, 2, [], { pinnedStart: '2026-02-02' }),
      task('B', 36, 1, [], { pinnedStart: '2026-02-02', phaseId: 'tech' }),
    ]);
    const plan = levelProgramme(programme, { schedules: 10 });
    expect(plan.overloads).toHaveLength(1);
    const [o] = plan.overloads;
    expect(o).toMatchObject({
      disciplineId: 'pl',
      period: '2026-02',
      overloadedWeeks: 1,
      demandHours: 72,
      capacityHours: 36,
      shortfallHours: 36,
    });
    expect(o.contributors).toEqual([
      { wijkId: 'w1', phaseId: 'init', phaseName: 'Initiatief', hours: 36 },
      { wijkId: 'w1', phaseId: 'tech', phaseName: 'Techniek', hours: 36 },
    ]);
  });

  it('lists the tasks that moved since the previous plan', () => {
    const before = levelProgramme(smallProgramme([task('A', 36, 1), task('B', 36, 1, [['A']])]), {
      schedules: 10,
    });
    const after = levelProgramme(
      smallProgramme([
        task('A', 36, 1, [], { earliestStart: '2026-02-02' }),
        task('B', 36, 1, [['A']]),
        task('C', 10, 1),
      ]),
      {
        schedules: 10,
        previous: before,
      },
    );
    expect(after.diff).toMatchObject({ added: ['C'], removed: [], unchanged: 0 });
    expect(after.diff!.moved.map((m) => [m.taskId, m.startShiftWeeks])).toEqual([
      ['A', 4],
      ['B', 4],
    ]);
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  });
});
