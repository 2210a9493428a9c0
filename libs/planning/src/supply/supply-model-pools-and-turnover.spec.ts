import { createWorkingCalendar } from '../calendar';
import { ProgrammeInputError } from '../demand/programme-input-error';
import { applyVacancies, sampleVacancies, staffLeadWeeks, vacancyLeadWeeks } from './staff-turnover';
import { buildSupply } from './supply-model';

describe('capacity per discipline', () => {
  const calendar = createWorkingCalendar({ start: '2026-01-05', end: '2028-12-31' });
  const disciplines = [
    { id: 'tech', name: 'Technisch adviseur', vacancyLeadWeeks: 20 },
    { id: 'part', name: 'Participatie' },
  ];
  const staff = [
    { id: 'a', disciplineId: 'tech', contractHours: 36, programmeShare: 1 },
    {
      id: 'b',
      disciplineId: 'part',
      contractHours: 36,
      programmeShare: 0.5,
      secondaryDisciplineId: 'tech',
      secondaryShare: 0.25,
    },
  ];
  const supply = buildSupply(calendar, disciplines, staff);

  it('sums staff into primary pools and a separate flexible pool of the secondary discipline', () => {
    expect(supply.capacity[0][10]).toBeCloseTo(36, 10);
    expect(supply.capacity[1][10]).toBeCloseTo(18 * 0.75, 10);
    expect(supply.flexible[0][10]).toBeCloseTo(18 * 0.25, 10);
    expect(supply.flexible[1][10]).toBe(0);
  });

  it('reports an unknown discipline by field and rule', () => {
    expect(() =>
      buildSupply(calendar, disciplines, [{ id: 'c', disciplineId: 'gis', contractHours: 36 }]),
    ).toThrow(
      expect.objectContaining({
        name: 'ProgrammeInputError',
        field: 'staff[0].disciplineId',
        rule: 'known-discipline',
      }),
    );
    expect(() =>
      buildSupply(calendar, disciplines, [{ id: 'c', disciplineId: 'gis', contractHours: 36 }]),
    ).toThrow(ProgrammeInputError);
  });

  it('leaves posts vacant for the lead time of their discipline, then refills them', () => {
    let calls = 0;
    // First draw: leave after about a year (P = 9 %); later draws: not again within the horizon.
    const vacancies = sampleVacancies(
      supply,
      staffLeadWeeks(supply, disciplines),
      0,
      () => (calls++ === 0 ? 0.09 : 0.999999),
      {},
    );
    expect(vacancies).toHaveLength(1);
    const first = vacancies[0];
    expect(first.staff).toBe(0);
    expect(first.toWeek - first.fromWeek).toBe(20);
    expect(first.fromWeek).toBeGreaterThanOrEqual(50);
    expect(first.fromWeek).toBeLessThanOrEqual(54);
    const capacity = supply.capacity.map((c) => new Float64Array(c));
    const flexible = supply.flexible.map((c) => new Float64Array(c));
    applyVacancies(supply, vacancies, capacity, flexible);
    expect(capacity[0][first.fromWeek]).toBe(0);
    expect(capacity[0][first.toWeek]).toBeCloseTo(supply.capacity[0][first.toWeek], 10);
    expect(
      sampleVacancies(supply, staffLeadWeeks(supply, disciplines), 0, () => 0.5, { yearlyRate: 0 }),
    ).toEqual([]);
  });

  it('refills technical and spatial posts after 20 weeks and others after 12 by default', () => {
    expect(vacancyLeadWeeks({ id: 'techniek', name: 'Technisch adviseur warmte' })).toBe(20);
    expect(vacancyLeadWeeks({ id: 'ruimtelijk', name: 'Stedenbouwkundige' })).toBe(20);
    expect(vacancyLeadWeeks({ id: 'participatie', name: 'Participatie' })).toBe(12);
    expect(vacancyLeadWeeks({ id: 'eigen', name: 'Eigen rol' }, { vacancyLeadWeeks: 16 })).toBe(16);
    expect(vacancyLeadWeeks({ id: 'techniek', name: 'T', vacancyLeadWeeks: 8 })).toBe(8);
  });
});
