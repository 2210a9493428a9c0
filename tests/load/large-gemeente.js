// Seeds "Gemeente Grootstad", the large gemeente of the engine benchmark (design.md, "Scale to plan for"):
// 100 wijken with the default WUP template plus yearly execution tasks (≈ 6,000 tasks), 300 staff over
// the 12 default disciplines, and one programme manager. Uses the built API's own seeding code.
const { randomUUID } = require('node:crypto');

const dist = (p) => require(`../../api/dist/${p}`);

async function seedLargeGemeente(dataSource) {
  const { DEFAULT_DISCIPLINES, DEFAULT_WUP_TEMPLATE, instantiateTemplate } = require('@wijkkracht/planning');
  const { Organisation } = dist('organisations/organisation.entity');
  const { User } = dist('users/user.entity');
  const { Discipline } = dist('disciplines/discipline.entity');
  const { StaffMember } = dist('staff/staff-member.entity');
  const { Wijk } = dist('wijken/wijk.entity');
  const { Task } = dist('tasks/task.entity');
  const { insertWijkPlan } = dist('tasks/instantiate-wijk-plan');
  const { hashPassword } = dist('auth/password-hasher');

  return dataSource.transaction(async (m) => {
    const org = await m.save(m.create(Organisation, { name: 'Gemeente Grootstad', cbsCode: 'GM9999', turnoverRate: 0.09, goodFridayOff: false, closingDays: [] }));
    const organisationId = org.id;
    const email = 'manager@grootstad.example';
    await m.save(m.create(User, { organisationId, email, name: 'Programmamanager Grootstad', role: 'programme_manager', passwordHash: await hashPassword('load-test-password'), active: true }));
    const disciplines = await m.save(DEFAULT_DISCIPLINES.map((d) => m.create(Discipline, { organisationId, ...d })));
    await m.insert(
      StaffMember,
      Array.from({ length: 300 }, (_, i) => ({
        organisationId,
        name: `Medewerker ${i + 1}`,
        primaryDisciplineId: disciplines[i % disciplines.length].id,
        contractHours: [36, 32, 28, 36, 24][i % 5],
        programmeShare: 0.8,
        employmentType: i % 10 === 0 ? 'external' : i % 4 === 0 ? 'temporary' : 'permanent',
        hourlyRate: i % 10 === 0 ? 110 : null,
        startDate: '2022-01-01',
        endDate: i % 4 === 0 && i % 10 !== 0 ? '2027-12-31' : null,
      })),
    );
    for (let w = 0; w < 100; w++) {
      const wave = w < 8 ? 0 : 1 + Math.floor(((w - 8) * 4) / 92);
      const startYear = wave === 0 ? 2025 : [2027, 2031, 2036, 2041][wave - 1] + (w % 3);
      const wijk = await m.save(
        m.create(Wijk, {
          organisationId,
          name: `Wijk ${w + 1}`,
          cbsCode: `WK9999${String(w).padStart(2, '0')}`,
          homes: 400 + ((w * 373) % 2600),
          wave,
          strategy: ['heat_network', 'all_electric', 'hybrid', 'insulation_first'][w % 4],
          participationIntensity: [1, 1.2, 0.8, 1.5][w % 4],
          plannedStart: `${startYear}-0${1 + (w % 9)}-01`,
          targetDate: wave === 0 ? '2030-12-31' : `${Math.min(2050, startYear + 9)}-12-31`,
        }),
      );
      await insertWijkPlan(m, wijk, instantiateTemplate(DEFAULT_WUP_TEMPLATE, wijk));
      // Execution split into yearly tasks per discipline, as planners do: 33 more per wijk (≈ 60 in all).
      await m.insert(
        Task,
        Array.from({ length: 33 }, (_, k) => ({
          id: randomUUID(),
          organisationId,
          wijkId: wijk.id,
          phase: 'uitvoering',
          name: `Uitvoering jaar ${1 + Math.floor(k / 6)} — ${disciplines[k % 6].name}`,
          disciplineId: disciplines[k % 6].id,
          effortOptimistic: 160,
          effortHours: 200,
          effortPessimistic: 320,
          minDurationWeeks: 40,
          maxDurationWeeks: 52,
          earliestStart: `${startYear + 2 + Math.floor(k / 6)}-01-01`,
          sequence: 100 + k,
        })),
      );
    }
    return { organisationId, email, password: 'load-test-password' };
  });
}

module.exports = { seedLargeGemeente };
