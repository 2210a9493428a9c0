import { DEFAULT_DISCIPLINES, DEFAULT_WUP_TEMPLATE, instantiateTemplate } from '@wijkkracht/planning';
import type { Role } from '@wijkkracht/contracts';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password-hasher';
import { Discipline } from '../../src/disciplines/discipline.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import { StaffMember } from '../../src/staff/staff-member.entity';
import { insertWijkPlan } from '../../src/tasks/instantiate-wijk-plan';
import { User } from '../../src/users/user.entity';
import { Wijk } from '../../src/wijken/wijk.entity';
import { DEMO_PASSWORD } from '../../src/seed/seed-demo';

export interface ForecastOrganisation {
  organisationId: string;
  /** E-mail per role; password DEMO_PASSWORD. */
  emails: Record<Role, string>;
}

/**
 * A small organisation of its own for forecast tests (other suites edit the demo gemeenten while
 * these run): `wijken` wijken of the default WUP template, one or two staff per discipline.
 */
export async function createForecastOrganisation(
  dataSource: DataSource,
  options: { wijken?: number } = {},
): Promise<ForecastOrganisation> {
  const slug = `fc${randomUUID().slice(0, 8)}`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (m) => {
    const organisation = await m.save(
      m.create(Organisation, {
        name: `Gemeente ${slug}`,
        cbsCode: `GM${String(randomInt(1000, 9999))}`,
        turnoverRate: 0.09,
        goodFridayOff: false,
        closingDays: [],
      }),
    );
    const organisationId = organisation.id;
    const roles: Role[] = ['admin', 'programme_manager', 'team_lead', 'staff', 'viewer'];
    const emails = Object.fromEntries(
      roles.map((r) => [r, `${r.replace('_', '')}@${slug}.example`]),
    ) as Record<Role, string>;
    await m.save(
      roles.map((role) =>
        m.create(User, {
          organisationId,
          email: emails[role],
          name: `${role} ${slug}`,
          role,
          passwordHash,
          active: true,
        }),
      ),
    );
    const disciplines = await m.save(
      DEFAULT_DISCIPLINES.map((d) => m.create(Discipline, { organisationId, ...d })),
    );
    await m.save(
      disciplines.flatMap((d, i) =>
        Array.from({ length: 1 + (i % 2) }, (_, k) =>
          m.create(StaffMember, {
            organisationId,
            name: `${d.code} ${k + 1}`,
            primaryDisciplineId: d.id,
            contractHours: 36,
            programmeShare: 0.8,
            employmentType: 'permanent',
            startDate: '2020-01-01',
          }),
        ),
      ),
    );
    for (let w = 0; w < (options.wijken ?? 3); w++) {
      const start = `2026-${String(1 + (w % 12)).padStart(2, '0')}-05`;
      const wijk = await m.save(
        m.create(Wijk, {
          organisationId,
          name: `Wijk ${w + 1}`,
          cbsCode: `WK${String(randomInt(100000, 999999))}`,
          homes: 800 + 300 * w,
          wave: w === 0 ? 0 : 1,
          strategy: 'heat_network',
          participationIntensity: 1,
          plannedStart: start,
          targetDate: '2031-12-31',
        }),
      );
      const plan = instantiateTemplate(DEFAULT_WUP_TEMPLATE, {
        homes: wijk.homes,
        participationIntensity: 1,
      });
      await insertWijkPlan(m, wijk, plan);
    }
    return { organisationId, emails };
  });
}
