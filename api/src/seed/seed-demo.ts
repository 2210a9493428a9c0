import { DEFAULT_DISCIPLINES, DEFAULT_WUP_TEMPLATE, instantiateTemplate } from '@wijkkracht/planning';
import type { Role } from '@wijkkracht/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { Discipline } from '../disciplines/discipline.entity';
import { Organisation } from '../organisations/organisation.entity';
import { LeavePeriod } from '../staff/leave-period.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { insertWijkPlan } from '../tasks/instantiate-wijk-plan';
import { TaskStatus } from '../tasks/task.entity';
import { Team } from '../teams/team.entity';
import { ProcessTemplate } from '../templates/process-template.entity';
import { User } from '../users/user.entity';
import { Wijk } from '../wijken/wijk.entity';
import { DEMO_PROGRAMMES, DemoProgramme, FIRST_NAMES, LAST_NAMES } from './demo-programmes';

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
    manager.create(Organisation, { name: p.name, cbsCode: p.cbsCode, turnoverRate: 0.09, goodFridayOff: false, closingDays: [] }),
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

  const staff: Partial<StaffMember>[] = [];
  let person = p.slug.length;
  for (const group of p.staff) {
    group.hours.forEach((hours, i) => {
      const external = i < (group.external ?? 0);
      const temporary = !external && group.temporary && i >= group.hours.length - group.temporary.count;
      staff.push({
        organisationId,
        name: `${FIRST_NAMES[person % FIRST_NAMES.length]} ${LAST_NAMES[(person * 7) % LAST_NAMES.length]}`,
        primaryDisciplineId: disciplineId.get(group.discipline)!,
        // Project leaders can step in for participation work: flexible capacity for the leveller.
        secondaryDisciplineId: group.discipline === 'projectleider' ? disciplineId.get('participatie')! : null,
        teamId: teamId.get(group.team)!,
        userId: null,
        contractHours: hours,
        // 0.8 of contract hours available to the programme (assumption within the Rijk's 73 % productive hours).
        programmeShare: external ? 1 : 0.8,
        employmentType: external ? 'external' : temporary ? 'temporary' : 'permanent',
        hourlyRate: external ? 110 : null,
        startDate: external ? '2025-09-01' : `20${18 + (person % 7)}-0${1 + (person % 9)}-01`,
        endDate: temporary ? group.temporary!.fundingEnd : external ? '2027-08-31' : null,
        fundingSource: temporary ? 'CDOKE (Tijdelijke regeling capaciteit decentrale overheden)' : null,
        fundingEndDate: temporary ? group.temporary!.fundingEnd : null,
      });
      person++;
    });
  }
  // The demo staff account is the first participation manager.
  const participation = staff.find((s) => s.primaryDisciplineId === disciplineId.get('participatie'))!;
  participation.userId = userByLocal.get('medewerker')!.id;
  const savedStaff = await manager.save(staff.map((s) => manager.create(StaffMember, s)));
  await manager.save(
    manager.create(LeavePeriod, {
      organisationId,
      staffMemberId: savedStaff[1].id,
      startDate: '2027-03-01',
      endDate: '2027-06-20',
      hoursPerWeek: savedStaff[1].contractHours,
      reason: 'Zwangerschaps- en bevallingsverlof',
    }),
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
        status: new Date(demo.plannedStart) < today ? 'in_progress' : 'not_started',
        templateId: template.id,
      }),
    );
    const monthsRunning = (today.getTime() - new Date(demo.plannedStart).getTime()) / (30.44 * 86400_000);
    await insertWijkPlan(manager, wijk, instantiateTemplate(DEFAULT_WUP_TEMPLATE, demo), (t) => {
      // Startwijken that began long enough ago have finished their verkenning and are busy with participation.
      const status: TaskStatus =
        t.phase === 'initiatief' && monthsRunning >= 9 ? 'done' : t.phase === 'participatie' && monthsRunning >= 15 ? 'in_progress' : 'planned';
      return { status, hoursSpent: status === 'done' ? t.effortHours : status === 'in_progress' ? Math.round(t.effortHours * 0.4) : 0 };
    });
  }
}
