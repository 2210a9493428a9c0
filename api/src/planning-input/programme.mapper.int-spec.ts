import 'reflect-metadata';
import { compileProgramme } from '@wijkkracht/planning';
import { DataSource } from 'typeorm';
import { testConfig } from '../../test/create-test-app';
import { createForecastOrganisation } from '../../test/factories/forecast-organisation';
import { dataSourceOptions } from '../database/data-source-options';
import { Organisation } from '../organisations/organisation.entity';
import { Scenario } from '../scenarios/scenario.entity';
import { loadProgramme, mondayOf, ScenarioNotFoundError } from './programme.mapper';

describe('ProgrammeMapper (database → engine)', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testConfig())).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('maps the seeded Demodam plan to a programme the engine accepts', async () => {
    const org = await dataSource.getRepository(Organisation).findOneByOrFail({ cbsCode: 'GM9901' });
    const programme = await loadProgramme(dataSource.manager, org.id, { today: '2026-11-25' });
    expect(programme.today).toBe('2026-11-23');
    expect(programme.horizon).toEqual({ start: '2026-11-23', end: '2050-12-31' });
    expect(programme.tasks.length).toBeGreaterThan(500);
    expect(programme.milestones!.length).toBeGreaterThan(0);
    expect(programme.turnover).toEqual({ yearlyRate: 0.09 });
    expect(() => compileProgramme(programme)).not.toThrow();
  });

  it('gives the same programme, in the same order, for any day of the same week', async () => {
    const { organisationId } = await createForecastOrganisation(dataSource, { wijken: 2 });
    const a = await loadProgramme(dataSource.manager, organisationId, { today: '2026-11-25' });
    const b = await loadProgramme(dataSource.manager, organisationId, { today: '2026-11-29' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.tasks.map((t) => t.id)).toEqual([...a.tasks.map((t) => t.id)].sort());
    expect(a.wijken[0].phases!.map((p) => p.name)).toContain(a.wijken[0].phases![0].name);
  });

  it('maps dependencies with their lag and milestones to their task', async () => {
    const { organisationId } = await createForecastOrganisation(dataSource, { wijken: 1 });
    const p = await loadProgramme(dataSource.manager, organisationId, {
      today: '2026-11-25',
      horizonEnd: '2040-12-31',
    });
    const ids = new Set(p.tasks.map((t) => t.id));
    expect(p.horizon.end).toBe('2040-12-31');
    expect(p.tasks.some((t) => (t.dependencies ?? []).length > 0)).toBe(true);
    for (const t of p.tasks) for (const d of t.dependencies ?? []) expect(ids.has(d.taskId)).toBe(true);
    for (const m of p.milestones ?? []) expect(ids.has(m.taskId)).toBe(true);
  });

  it('applies a scenario: shifted wijk, an extra wijk from the template, a hire, a leaver and another share', async () => {
    const { organisationId } = await createForecastOrganisation(dataSource, { wijken: 2 });
    const plan = await loadProgramme(dataSource.manager, organisationId, { today: '2026-11-25' });
    const [first] = plan.wijken;
    const [s0, s1] = plan.staff;
    const scenario = await dataSource.getRepository(Scenario).save({
      organisationId,
      name: 'Later en groter',
      description: null,
      overrides: {
        shiftStarts: [{ wijkId: first.id, weeks: 52 }],
        addWijken: [
          {
            name: 'Extra',
            cbsCode: 'WK990001',
            homes: 500,
            wave: 2,
            strategy: 'hybrid',
            participationIntensity: 1,
            plannedStart: '2030-01-07',
            targetDate: '2038-12-31',
          },
        ],
        addStaff: [
          {
            name: 'Nieuw',
            primaryDisciplineId: s0.disciplineId,
            contractHours: 36,
            programmeShare: 0.8,
            employmentType: 'temporary',
            startDate: '2027-07-01',
          },
        ],
        removeStaff: [{ staffMemberId: s1.id, from: '2027-12-31' }],
        programmeShare: [{ staffMemberId: s0.id, share: 0.5 }],
      },
    });
    const what = await loadProgramme(dataSource.manager, organisationId, {
      today: '2026-11-25',
      scenarioId: scenario.id,
    });
    const shifted = what.tasks.find((t) => t.wijkId === first.id)!;
    const original = plan.tasks.find((t) => t.id === shifted.id)!;
    expect(shifted.earliestStart! > original.earliestStart!).toBe(true);
    expect(what.wijken).toHaveLength(3);
    expect(what.tasks.filter((t) => t.wijkId === 'scenario-wijk-0').length).toBeGreaterThan(10);
    expect(what.staff).toHaveLength(plan.staff.length + 1);
    expect(what.staff.find((s) => s.id === s0.id)!.programmeShare).toBe(0.5);
    expect(what.staff.find((s) => s.id === s1.id)!.end).toBe('2027-12-31');
    expect(() => compileProgramme(what)).not.toThrow();
    // The plan of record is the same as before.
    expect(await loadProgramme(dataSource.manager, organisationId, { today: '2026-11-25' })).toEqual(plan);
  });

  it('refuses a scenario of another organisation', async () => {
    const mine = await createForecastOrganisation(dataSource, { wijken: 1 });
    const theirs = await createForecastOrganisation(dataSource, { wijken: 1 });
    const scenario = await dataSource
      .getRepository(Scenario)
      .save({
        organisationId: theirs.organisationId,
        name: 'Van een ander',
        description: null,
        overrides: {},
      });
    await expect(
      loadProgramme(dataSource.manager, mine.organisationId, {
        today: '2026-11-25',
        scenarioId: scenario.id,
      }),
    ).rejects.toBeInstanceOf(ScenarioNotFoundError);
  });

  it('rounds today down to the Monday of its ISO week', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});
