import type { ScenarioPlanView } from '@wijkkracht/contracts';
import { fteByDiscipline } from './plan-fte';

const member = (primaryDisciplineId: string, contractHours: number, programmeShare: number, startDate = '2020-01-01', endDate: string | null = null) => ({
  id: null,
  name: 'x',
  primaryDisciplineId,
  contractHours,
  programmeShare,
  employmentType: 'permanent' as const,
  startDate,
  endDate,
  changedBy: 'plan' as const,
});

describe('fteByDiscipline', () => {
  it('sums contract hours × share / 36 per discipline for staff under contract that day', () => {
    const view: ScenarioPlanView = {
      wijken: [],
      staff: [member('a', 36, 1), member('a', 18, 1), member('b', 36, 0.5), member('b', 36, 1, '2030-01-01'), member('b', 36, 1, '2020-01-01', '2025-12-31')],
    };
    const fte = fteByDiscipline(view, '2027-01-01');
    expect(fte.get('a')).toBeCloseTo(1.5);
    expect(fte.get('b')).toBeCloseTo(0.5);
  });
});
