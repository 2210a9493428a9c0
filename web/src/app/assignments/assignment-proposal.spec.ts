import type { Task } from '@wijkkracht/contracts';
import { proposeAssignment } from './assignment-proposal';

const task = {
  id: 't',
  effortHours: 120,
  hoursSpent: 20,
  minDurationWeeks: 10,
  maxDurationWeeks: 20,
  earliestStart: '2027-03-01',
  pinnedStart: null,
} as Task;

describe('proposeAssignment', () => {
  it('spreads the remaining effort over the minimum duration from the earliest start', () => {
    expect(proposeAssignment(task, '2026-11-25')).toEqual({ hoursPerWeek: 10, startDate: '2027-03-01', endDate: '2027-05-09' });
  });

  it('starts this week when the earliest start has passed, and a pinned start wins', () => {
    expect(proposeAssignment({ ...task, earliestStart: '2024-01-01' }, '2026-11-25').startDate).toBe('2026-11-23');
    expect(proposeAssignment({ ...task, pinnedStart: '2027-06-07' }, '2026-11-25').startDate).toBe('2027-06-07');
  });

  it('stretches a task too big for one person towards its maximum duration and keeps the rate within 0.5–60 hours', () => {
    expect(proposeAssignment({ ...task, effortHours: 1020, hoursSpent: 0 }, '2026-11-25').hoursPerWeek).toBe(51);
    expect(proposeAssignment({ ...task, effortHours: 400, hoursSpent: 0 }, '2026-11-25')).toMatchObject({ hoursPerWeek: 33.3, endDate: '2027-05-23' });
    expect(proposeAssignment({ ...task, hoursSpent: 120 }, '2026-11-25').hoursPerWeek).toBe(0.5);
  });
});
