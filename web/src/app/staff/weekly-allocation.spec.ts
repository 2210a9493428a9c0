import type { Assignment, LeavePeriod, StaffMember } from '@wijkkracht/contracts';
import { availableHours, programmeFte, weeklyAllocation } from './weekly-allocation';

const meta = { version: 1, createdAt: '', updatedAt: '' };
const member: StaffMember = {
  ...meta,
  id: 's1',
  name: 'Anouk',
  primaryDisciplineId: 'd',
  secondaryDisciplineId: null,
  teamId: null,
  userId: null,
  contractHours: 36,
  programmeShare: 0.8,
  employmentType: 'permanent',
  hourlyRate: null,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  fundingSource: null,
  fundingEndDate: null,
};

function assignment(hoursPerWeek: number, startDate: string, endDate: string, staffMemberId = 's1'): Assignment {
  return { ...meta, id: `${startDate}-${hoursPerWeek}`, staffMemberId, taskId: 't', hoursPerWeek, startDate, endDate, locked: true, source: 'manual' };
}

describe('availableHours', () => {
  it('is contract hours times the programme share', () => {
    expect(availableHours(member, [], '2026-03-02')).toBeCloseTo(28.8);
  });

  it('takes leave off and never goes below zero', () => {
    const leave: LeavePeriod[] = [
      { ...meta, id: 'l', staffMemberId: 's1', startDate: '2026-03-04', endDate: '2026-03-20', hoursPerWeek: 36, reason: null },
    ];
    expect(availableHours(member, leave, '2026-03-02')).toBe(0);
    expect(availableHours(member, leave, '2026-03-23')).toBeCloseTo(28.8);
  });

  it('is zero outside the contract', () => {
    expect(availableHours(member, [], '2027-01-04')).toBe(0);
  });
});

describe('weeklyAllocation', () => {
  it('sums the assignments running in each week and flags over-allocation', () => {
    const assignments = [
      assignment(20, '2026-03-02', '2026-03-15'),
      assignment(12, '2026-03-09', '2026-03-22'),
      assignment(30, '2026-03-09', '2026-03-22', 'someone else'),
    ];
    const weeks = weeklyAllocation(member, assignments, [], '2026-03-04', 3);
    expect(weeks.map((w) => [w.week, w.allocated, w.overAllocated])).toEqual([
      ['2026-03-02', 20, false],
      ['2026-03-09', 32, true],
      ['2026-03-16', 12, false],
    ]);
  });
});

describe('programmeFte', () => {
  it('counts 36 hours as one fte', () => {
    expect(programmeFte({ contractHours: 32, programmeShare: 0.9 })).toBeCloseTo(0.8);
  });
});
