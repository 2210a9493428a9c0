import 'reflect-metadata';
import { compileProgramme } from '@wijkkracht/planning';
import { DataSource } from 'typeorm';
import { testConfig } from '../../test/create-test-app';
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
    expect(() => compileProgramme(programme)).not.toThrow();
  });

  it('gives the same programme, in the same order, every time', async () => {
    const org = await dataSource.getRepository(Organisation).findOneByOrFail({ cbsCode: 'GM9901' });
    const a = await loadProgramme(dataSource.manager, org.id, { today: '2026-11-25' });
    const b = await loadProgramme(dataSource.manager, org.id, { today: '2026-11-27' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('rounds today down to the Monday of its ISO week', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });
});
