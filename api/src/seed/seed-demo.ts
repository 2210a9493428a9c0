import { DEFAULT_DISCIPLINES, DEFAULT_WUP_TEMPLATE, instantiateTemplate } from '@wijkkracht/planning';
import type { Role } from '@wijkkracht/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { Discipline } from '../disciplines/discipline.entity';
import { Organisation } from '../organisations/organisation.entity';
import { LeavePeriod } from '../staff/leave-period.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { insertWijkPlan } from '../tasks/instantiate-wijk-plan';
import { Team } from '../teams/team.entity';
import { ProcessTemplate } from '../templates/process-template.entity';
import { User } from '../users/user.entity';
import { Wijk } from '../wijken/wijk.entity';
import { DEMO_ORGANISATION_SETTINGS, demoLeaveRows, demoStaffRows, demoPlanProgress, demoWijkStatus } from './demo-plan';
import { DEMO_PROGRAMMES, DemoProgramme } from './demo-programmes';

/** The published password of every demo account (README); demo data is never seeded in production. */
export const DEMO_PASSWORD = 'wijkkracht-demo';

export const DEMO_USERS: { local: string; role: Role; name: string }[] = [
  { local: 'beheer', role: 'admin', name: 'Beheerder' },
  { local: 'manager', role: 'programme_manager', name: 'Programmamanager' },
  { local: 'teamlead', role: 'team_lead', name: 'Teamleider Wijkaanpak' },
  { local: 'medewerker', role: 'staff', name: 'Medewerker' },
  { local: 'raad', role: 'viewer', name: 'Raadslid' },
];

/** Seeds both demo gemeenten on an empty database, in one transaction. Returns false if not empty. */
export async function seedDemo(dataSource: DataSource, today = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts: only the first seeds.
    await manager.query('SELECT pg_advisory_xact_lock(7335002)');
    if ((await manager.count(Organisation)) > 0) return false;
    for (const programme of DEMO_PROGRAMMES) await seedProgramme(manager, programme, passwordHash, today);
    return true;
  });
}

async function seedProgramme(manager: EntityManager, p: DemoProgramme, passwordHash: string, today: Date): Promise<void> {
  const organisation = await manager.save(
    manager.create(Organisation, { name: p.name, cbsCode: p.cbsCode, ...DEMO_ORGANISATION_SETTINGS, closingDays: [] }),
  );
  const organisationId = organisation.id;

  const users = await manager.save(
    DEMO_USERS.map((u) =>
      manager.create(User, {
        organisationId,
        email: `${u.local}@${p.slug}.example`,
        name: `${u.name} ${p.name.replace('Gemeente ', '')}`,
        role: u.role,
        passwordHash,
        active: true,
      }),
    ),
  );
  const userByLocal = new Map(DEMO_USERS.map((u, i) => [u.local, users[i]]));

  const disciplines = await manager.save(DEFAULT_DISCIPLINES.map((d) => manager.create(Discipline, { organisationId, ...d })));
  const disciplineId = new Map(disciplines.map((d) => [d.code, d.id]));

  const teams = await manager.save(
    p.teams.map((name) =>
      manager.create(Team, { organisationId, name, leadUserId: name === 'Wijkaanpak' ? userByLocal.get('teamlead')!.id : null }),
    ),
  );
  const teamId = new Map(teams.map((t) => [t.name, t.id]));

  const staffRows = demoStaffRows(p);
  const staff: Partial<StaffMember>[] = staffRows.map(({ disciplineCode, secondaryDisciplineCode, teamName, ...row }) => ({
    ...row,
    organisationId,
    primaryDisciplineId: disciplineId.get(disciplineCode)!,
    secondaryDisciplineId: secondaryDisciplineCode ? disciplineId.get(secondaryDisciplineCode)! : null,
    teamId: teamId.get(teamName)!,
    userId: null,
  }));
  // The demo staff account is the first participation manager.
  const participation = staff.find((s) => s.primaryDisciplineId === disciplineId.get('participatie'))!;
  participation.userId = userByLocal.get('medewerker')!.id;
  const savedStaff = await manager.save(staff.map((s) => manager.create(StaffMember, s)));
  await manager.save(
    demoLeaveRows(staffRows).map(({ staffIndex, ...leave }) =>
      manager.create(LeavePeriod, { organisationId, staffMemberId: savedStaff[staffIndex].id, ...leave }),
    ),
  );

  const template = await manager.save(
    manager.create(ProcessTemplate, {
      organisationId,
      name: 'WUP standaard',
      definition: DEFAULT_WUP_TEMPLATE as unknown as Record<string, unknown>,
    }),
  );

  const codePrefix = `WK${p.cbsCode.slice(2)}`;
  for (const [index, demo] of p.wijken.entries()) {
    const plan = instantiateTemplate(DEFAULT_WUP_TEMPLATE, demo);
    const progress = demoPlanProgress(demo, plan, today);
    const wijk = await manager.save(
      manager.create(Wijk, {
        organisationId,
        name: demo.name,
        cbsCode: `${codePrefix}${String(index + 1).padStart(2, '0')}`,
        homes: demo.homes,
        wave: demo.wave,
        strategy: demo.strategy,
        participationIntensity: demo.participationIntensity,
        plannedStart: demo.plannedStart,
        targetDate: demo.targetDate,
        status: demoWijkStatus(progress),
        templateId: template.id,
      }),
    );
    await insertWijkPlan(manager, wijk, plan, (t) => progress.get(t.key)!);
  }
}
