import 'reflect-metadata';
import { compileProgramme } from '@wijkkracht/planning';
import { DataSource } from 'typeorm';
import { testConfig } from '../../test/create-test-app';
import { createForecastOrganisation } from '../../test/factories/forecast-organisation';
import { dataSourceOptions } from '../database/data-source-options';
import { Organisation } from '../organisations/organisation.entity';
import { loadProgramme, mondayOf } from './programme.mapper';

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
    const p = await loadProgramme(dataSource.manager, organisationId, { today: '2026-11-25', horizonEnd: '2040-12-31' });
    const ids = new Set(p.tasks.map((t) => t.id));
    expect(p.horizon.end).toBe('2040-12-31');
    expect(p.tasks.some((t) => (t.dependencies ?? []).length > 0)).toBe(true);
    for (const t of p.tasks) for (const d of t.dependencies ?? []) expect(ids.has(d.taskId)).toBe(true);
    for (const m of p.milestones ?? []) expect(ids.has(m.taskId)).toBe(true);
  });

  it('rounds today down to the Monday of its ISO week', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});
