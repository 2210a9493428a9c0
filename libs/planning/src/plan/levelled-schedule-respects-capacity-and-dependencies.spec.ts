import fc from 'fast-check';
import { compileProgramme, weeklyDemand, type Programme, type Task } from '../demand';
import { checkSchedule } from '../levelling';
import { totalCapacity } from '../supply';
import { levelModel } from './level-programme';

const programmeArb = fc
  .record({
    staff: fc.array(
      fc.record({
        d: fc.integer({ min: 0, max: 2 }),
        hours: fc.integer({ min: 8, max: 36 }),
        flex: fc.boolean(),
      }),
      { minLength: 3, maxLength: 6 },
    ),
    tasks: fc.array(
      fc.record({
        d: fc.integer({ min: 0, max: 2 }),
        effort: fc.integer({ min: 0, max: 400 }),
        minD: fc.integer({ min: 1, max: 6 }),
        extra: fc.integer({ min: 0, max: 8 }),
        deps: fc.array(
          fc.record({ back: fc.integer({ min: 1, max: 5 }), lag: fc.integer({ min: 0, max: 2 }) }),
          { maxLength: 2 },
        ),
        release: fc.integer({ min: 0, max: 20 }),
        pinned: fc.integer({ min: 0, max: 12 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ staff, tasks, seed }) => {
    const ids = ['a', 'b', 'c'];
    const tasksOut: Task[] = tasks.map((t, i) => {
      // One task in twelve or so is pinned by a planner (and then waits for nothing).
      const pinned = t.pinned === 0 && i % 3 === 0;
      return {
        id: `T${i}`,
        disciplineId: ids[t.d],
        wijkId: 'w',
        effortHours: t.effort,
        minDurationWeeks: t.minD,
        maxDurationWeeks: t.minD + t.extra,
        dependencies: pinned
          ? []
          : t.deps.filter((d) => d.back <= i).map((d) => ({ taskId: `T${i - d.back}`, lagWeeks: d.lag })),
        earliestStart: `2026-${String(1 + Math.floor(t.release / 4)).padStart(2, '0')}-0${1 + (t.release % 4)}`,
        pinnedStart: pinned ? '2026-03-02' : undefined,
      };
    });
    const programme: Programme = {
      today: '2026-01-05',
      horizon: { start: '2026-01-05', end: '2028-12-31' },
      disciplines: ids.map((id) => ({ id, name: id })),
      staff: [
        ...ids.map((id) => ({ id: `base-${id}`, disciplineId: id, contractHours: 36 })),
        ...staff.map((s, i) => ({
          id: `s${i}`,
          disciplineId: ids[s.d],
          contractHours: s.hours,
          secondaryDisciplineId: s.flex ? ids[(s.d + 1) % 3] : undefined,
          leave: [{ from: '2026-02-02', to: '2026-02-13' }],
        })),
      ],
      wijken: [{ id: 'w', name: 'W' }],
      tasks: tasksOut,
      milestones: [
        { id: 'm', name: 'last', taskId: tasksOut[tasksOut.length - 1].id, deadline: '2026-09-30' },
      ],
    };
    return { programme, seed };
  });

describe('levelled schedules of random programmes', () => {
  it('respect every capacity and dependency, and account for every task (property)', () => {
    fc.assert(
      fc.property(programmeArb, ({ programme, seed }) => {
        const model = compileProgramme(programme);
        const { problem, result, schedule, plan } = levelModel(model, { schedules: 30, seed });
        expect(checkSchedule(problem.problem, result)).toEqual([]);
        // Every task is either placed or reported with a reason: never dropped.
        expect(plan.tasks.length + plan.unschedulable.length).toBe(programme.tasks.length);
        for (const u of plan.unschedulable) expect(u.reason.length).toBeGreaterThan(0);
        // In hours: what the unpinned tasks ask never exceeds what the staff offer.
        const free = new Int32Array(schedule.starts);
        programme.tasks.forEach((t, i) => t.pinnedStart && (free[i] = -1));
        const demand = weeklyDemand(model, free, schedule.durations);
        demand.forEach((series, d) => {
          const capacity = totalCapacity(model.supply, d);
          for (let w = 0; w < series.length; w++) expect(series[w]).toBeLessThanOrEqual(capacity[w] + 1e-6);
        });
        for (let i = 0; i < programme.tasks.length; i++) {
          if (schedule.starts[i] < 0) continue;
          for (let q = model.predStart[i]; q < model.predStart[i + 1]; q++) {
            const p = model.predTask[q];
            if (schedule.starts[p] >= 0)
              expect(schedule.starts[i]).toBeGreaterThanOrEqual(
                schedule.starts[p] + schedule.durations[p] + model.predLag[q],
              );
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
