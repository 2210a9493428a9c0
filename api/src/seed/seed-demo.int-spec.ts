import { DataSource } from 'typeorm';
import { testConfig } from '../../test/create-test-app';
import { dataSourceOptions } from '../database/data-source-options';
import { Milestone } from '../milestones/milestone.entity';
import { Organisation } from '../organisations/organisation.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Task } from '../tasks/task.entity';
import { TaskDependency } from '../tasks/task-dependency.entity';
import { User } from '../users/user.entity';
import { Wijk } from '../wijken/wijk.entity';
import { seedDemo } from './seed-demo';

// The global setup seeded this run's database exactly as `npm start` does on an empty one.
describe('demo data', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testConfig())).initialize();
  });
  afterAll(() => db.destroy());

  const organisation = (name: string) => db.getRepository(Organisation).findOneByOrFail({ name });

  it('holds the two fictional gemeenten', async () => {
    // Other suites may add organisations of their own; the demo's two are there.
    const names = (await db.getRepository(Organisation).find()).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Gemeente Demodam', 'Gemeente Voorbeeldstad']));
  });

  it.each(['demodam', 'voorbeeldstad'])('has one account per role for %s', async (slug) => {
    const users = await db.getRepository(User).find();
    const demo = ['beheer', 'manager', 'medewerker', 'raad', 'teamlead'].map((local) => `${local}@${slug}.example`);
    const found = users.filter((u) => demo.includes(u.email)).map((u) => `${u.email}:${u.role}`).sort();
    expect(found).toEqual(
      [`beheer@${slug}.example:admin`, `manager@${slug}.example:programme_manager`, `medewerker@${slug}.example:staff`, `raad@${slug}.example:viewer`, `teamlead@${slug}.example:team_lead`].sort(),
    );
  });

  it.each([
    ['Gemeente Demodam', 4, 25, 30],
    ['Gemeente Voorbeeldstad', 2, 10, 10],
  ])('sizes %s as domain.md says: %i startwijken, %i later wijken, ≈ %i fte', async (name, startwijken, later, fte) => {
    const org = await organisation(name);
    // Only the seeded wijken: the seed is one transaction, so its rows share now(); other suites add their own.
    const seeded = (row: { createdAt: Date }) => row.createdAt.getTime() === org.createdAt.getTime();
    const wijken = (await db.getRepository(Wijk).findBy({ organisationId: org.id })).filter(seeded);
    expect(wijken.filter((w) => w.wave === 0)).toHaveLength(startwijken);
    expect(wijken.filter((w) => w.wave > 0)).toHaveLength(later);
    expect(wijken.filter((w) => w.wave === 0).every((w) => w.targetDate === '2030-12-31')).toBe(true);
    expect(Math.max(...wijken.map((w) => Number(w.targetDate.slice(0, 4))))).toBe(2050);

    const staff = (await db.getRepository(StaffMember).findBy({ organisationId: org.id })).filter(seeded);
    const totalFte = staff.reduce((sum, s) => sum + s.contractHours / 36, 0);
    expect(totalFte).toBeGreaterThan(fte * 0.8);
    expect(totalFte).toBeLessThan(fte * 1.2);
    // Part of the team sits on posts with funding that ends: the cliff the forecast must show.
    expect(staff.filter((s) => s.fundingEndDate === '2027-12-31').length).toBeGreaterThan(0);
    expect(new Set(staff.map((s) => s.primaryDisciplineId)).size).toBeGreaterThanOrEqual(10);
  });

  it('instantiates the WUP template for every wijk, with dependencies and the council milestone', async () => {
    // Other suites add wijken and tasks to the same organisations: look at the seeded ones only.
    const org = await organisation('Gemeente Demodam');
    const perWijk: { homes: number; tasks: string }[] = await db.query(
      `SELECT w.homes, count(t.id) AS tasks FROM wijken w JOIN tasks t ON t.wijk_id = w.id AND t.template_key IS NOT NULL
        WHERE w.organisation_id = $1 AND w.created_at = (SELECT created_at FROM organisations WHERE id = $1) GROUP BY w.id`,
      [org.id],
    );
    expect(perWijk).toHaveLength(29);
    expect(perWijk.every((w) => Number(w.tasks) === 27)).toBe(true);
    const tasks = perWijk.length * 27;
    const deps = await db.getRepository(TaskDependency).countBy({ organisationId: org.id });
    const councilDecisions = await db.getRepository(Milestone).findBy({ organisationId: org.id, kind: 'council_decision', name: 'WUP vastgesteld door de raad' });
    expect(deps).toBeGreaterThan(tasks);
    expect(councilDecisions.length).toBeGreaterThanOrEqual(29);
    expect(councilDecisions.every((m) => m.deadline !== null)).toBe(true);
  });

  it.each(['Gemeente Demodam', 'Gemeente Voorbeeldstad'])('has staff for every discipline the tasks of %s ask for', async (name) => {
    const org = await organisation(name);
    const unheld: { code: string }[] = await db.query(
      `SELECT DISTINCT d.code FROM tasks t JOIN disciplines d ON d.id = t.discipline_id
        WHERE t.organisation_id = $1 AND NOT EXISTS (SELECT 1 FROM staff_members s WHERE s.primary_discipline_id = d.id)`,
      [org.id],
    );
    expect(unheld.map((d) => d.code)).toEqual([]);
  });

  it('is seeded once: a second run on a non-empty database changes nothing', async () => {
    const before = await db.getRepository(Task).count();
    await expect(seedDemo(db)).resolves.toBe(false);
    expect(await db.getRepository(Task).count()).toBe(before);
  });
});
