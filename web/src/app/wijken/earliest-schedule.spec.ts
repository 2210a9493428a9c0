import type { Task, TaskDependency } from '@wijkkracht/contracts';
import { dependencyConflict, earliestSchedule } from './earliest-schedule';

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id,
    version: 1,
    createdAt: '',
    updatedAt: '',
    wijkId: 'w',
    phase: 'initiatief',
    name: id,
    disciplineId: 'd',
    effortOptimistic: 80,
    effortHours: 100,
    effortPessimistic: 150,
    minDurationWeeks: 4,
    maxDurationWeeks: 8,
    earliestStart: null,
    status: 'planned',
    hoursSpent: 0,
    pinnedStart: null,
    pinnedEnd: null,
    sequence: 0,
    ...overrides,
  };
}

function dependency(predecessorId: string, successorId: string, lagWeeks = 0): TaskDependency {
  return { id: `${predecessorId}-${successorId}`, version: 1, createdAt: '', updatedAt: '', predecessorId, successorId, lagWeeks };
}

describe('earliestSchedule', () => {
  it('starts a task without predecessors at its earliest start, else at the wijk start', () => {
    const schedule = earliestSchedule([task('a', { earliestStart: '2026-03-02' }), task('b')], [], '2026-01-05');
    expect(schedule.tasks.get('a')).toEqual({ start: '2026-03-02', finish: '2026-03-30', durationWeeks: 4 });
    expect(schedule.tasks.get('b')?.start).toBe('2026-01-05');
  });

  it('starts a successor at the latest finish of its predecessors plus the lag', () => {
    const tasks = [task('a'), task('b', { minDurationWeeks: 10 }), task('c')];
    const schedule = earliestSchedule(tasks, [dependency('a', 'c'), dependency('b', 'c', 2)], '2026-01-05');
    // b ends 2026-03-16; two weeks of lag.
    expect(schedule.tasks.get('c')?.start).toBe('2026-03-30');
  });

  it('lets a pinned start and end win over the computed dates', () => {
    const tasks = [task('a'), task('b', { pinnedStart: '2027-01-04', pinnedEnd: '2027-03-01' })];
    const schedule = earliestSchedule(tasks, [dependency('a', 'b')], '2026-01-05');
    expect(schedule.tasks.get('b')).toEqual({ start: '2027-01-04', finish: '2027-03-01', durationWeeks: 8 });
  });

  it('never starts planned work in the past, while finished work keeps its dates', () => {
    const tasks = [task('a', { status: 'done', earliestStart: '2025-01-06' }), task('b')];
    const schedule = earliestSchedule(tasks, [dependency('a', 'b')], '2025-01-06', '2026-06-01');
    expect(schedule.tasks.get('a')?.start).toBe('2025-01-06');
    expect(schedule.tasks.get('b')?.start).toBe('2026-06-01');
  });

  it('lets overdue started work run on from today for the share of effort still to do', () => {
    const overdue = task('a', { status: 'in_progress', earliestStart: '2025-01-06', minDurationWeeks: 10, effortHours: 100, hoursSpent: 50 });
    const schedule = earliestSchedule([overdue], [], '2025-01-06', '2026-06-01');
    expect(schedule.tasks.get('a')).toMatchObject({ start: '2025-01-06', finish: '2026-07-06' });
  });

  it('reports tasks on a cycle instead of looping', () => {
    const schedule = earliestSchedule([task('a'), task('b')], [dependency('a', 'b'), dependency('b', 'a')], '2026-01-05');
    expect(schedule.cyclic.sort()).toEqual(['a', 'b']);
  });
});

describe('dependencyConflict', () => {
  const tasks = [task('a'), task('b'), task('c', { pinnedStart: '2026-06-01' })];
  const dependencies = [dependency('a', 'b', 1), dependency('b', 'c')];
  const schedule = earliestSchedule(tasks, dependencies, '2026-01-05');

  it('refuses a start before the predecessor has finished plus its lag', () => {
    expect(dependencyConflict('b', '2026-02-02', 4, schedule, tasks, dependencies)).toEqual({
      kind: 'predecessor',
      taskId: 'a',
      limit: '2026-02-09',
    });
  });

  it('refuses a finish after the start of a pinned successor', () => {
    expect(dependencyConflict('b', '2026-05-04', 6, schedule, tasks, dependencies)).toMatchObject({
      kind: 'pinnedSuccessor',
      taskId: 'c',
    });
  });

  it('accepts a move that respects both', () => {
    expect(dependencyConflict('b', '2026-03-02', 4, schedule, tasks, dependencies)).toBeNull();
  });
});
