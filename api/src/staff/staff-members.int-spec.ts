import { describeResourceContract } from '../../test/resource-contract';

describeResourceContract({
  path: 'staff-members',
  readOnlyUser: 'raad@demodam.example',
  validBody: async ({ first }) => ({
    name: 'Noor Bakker',
    primaryDisciplineId: (await first('disciplines', 'code=techniek')).id,
    contractHours: 32,
    programmeShare: 0.8,
    employmentType: 'temporary',
    startDate: '2026-03-01',
    endDate: '2027-12-31',
    fundingSource: 'CDOKE',
    fundingEndDate: '2027-12-31',
  }),
  change: { contractHours: 36, programmeShare: 0.9 },
  invalid: [
    [{ name: '' }, 'name', 'must be 1–200 characters'],
    [{ contractHours: 0 }, 'contractHours', 'must be at least 0.5'],
    [{ contractHours: 61 }, 'contractHours', 'must be at most 60'],
    [{ contractHours: '36' }, 'contractHours', 'must be a number with at most 2 decimals'],
    [{ programmeShare: 1.2 }, 'programmeShare', 'must be at most 1'],
    [{ employmentType: 'zzp' }, 'employmentType', 'must be one of permanent, temporary, external'],
    [{ startDate: '2026-02-30' }, 'startDate', 'must be a date that exists'],
    [{ startDate: '01-03-2026' }, 'startDate', 'must be a date as YYYY-MM-DD'],
    [{ primaryDisciplineId: 'techniek' }, 'primaryDisciplineId', 'must be a UUID'],
    [{ primaryDisciplineId: '00000000-0000-4000-8000-000000000000' }, 'primaryDisciplineId', 'must refer to an existing disciplines record of your organisation'],
    [{ endDate: '2025-01-01' }, 'endDate', 'must be on or after startDate'],
    [{ employmentType: 'external', hourlyRate: null }, 'hourlyRate', 'is required for external staff (inhuur)'],
    [{ userId: '00000000-0000-4000-8000-000000000000' }, 'userId', 'must refer to an existing record of your organisation'],
  ],
});

describeResourceContract({
  path: 'leave-periods',
  readOnlyUser: 'teamlead@demodam.example',
  noReadUser: 'raad@demodam.example',
  validBody: async ({ first }) => ({
    staffMemberId: (await first('staff-members', 'sort=name')).id,
    startDate: '2027-07-12',
    endDate: '2027-07-30',
    hoursPerWeek: 36,
    reason: 'Zomervakantie',
  }),
  change: { hoursPerWeek: 18 },
  invalid: [
    [{ endDate: '2027-07-01' }, 'endDate', 'must be on or after startDate'],
    [{ hoursPerWeek: 0 }, 'hoursPerWeek', 'must be at least 0.5'],
    [{ staffMemberId: '00000000-0000-4000-8000-000000000000' }, 'staffMemberId', 'must refer to an existing staff_members record of your organisation'],
  ],
});
