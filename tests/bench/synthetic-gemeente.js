// A deterministic synthetic large gemeente for the engine benchmark (design.md, "Scale to plan for"):
// 100 wijken from the default WUP template (uitvoering split into yearly tasks, ~60 tasks a wijk,
// ~6,000 in all), 300 staff over the 12 default disciplines, weekly horizon to 2050.

/** Small LCG so the data never depends on Math.random. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function addWeeks(engine, date, weeks) {
  return engine.addDays(date, weeks * 7);
}

function syntheticGemeente(engine, { wijken = 100, staff = 300, seed = 2026 } = {}) {
  const random = lcg(seed);
  const today = '2026-01-05';
  const disciplines = engine.DEFAULT_DISCIPLINES.map((d) => ({
    id: d.code,
    name: d.name,
    vacancyLeadWeeks: d.hiringLeadWeeks,
  }));
  const tasks = [];
  const milestones = [];
  const wijkList = [];
  const hoursByDiscipline = new Map(disciplines.map((d) => [d.id, 0]));
  for (let k = 0; k < wijken; k++) {
    const id = `WK${String(k).padStart(4, '0')}`;
    const isStartwijk = k < 10;
    const homes = 400 + Math.round(random() * 1600);
    const intensity = 0.8 + random() * 0.6;
    // Startwijken begin now; later waves spread over 2027–2038, so all can finish by 2050.
    const start = isStartwijk
      ? today
      : addWeeks(engine, '2027-01-04', Math.floor((k - 10) * ((12 * 52) / (wijken - 10))));
    const target = isStartwijk ? '2030-12-31' : addWeeks(engine, start, 8 * 52);
    const plan = engine.instantiateTemplate(engine.DEFAULT_WUP_TEMPLATE, {
      homes,
      participationIntensity: intensity,
    });
    const phases = engine.DEFAULT_WUP_TEMPLATE.phases.map((p) => ({ id: p.key, name: p.name }));
    wijkList.push({ id, name: `Wijk ${k}`, homes, isStartwijk, phases });
    const preds = new Map();
    for (const d of plan.dependencies) {
      if (!preds.has(d.successor)) preds.set(d.successor, []);
      preds.get(d.successor).push({ taskId: `${id}-${d.predecessor}`, lagWeeks: d.lagWeeks });
    }
    const lastPiece = new Map();
    for (const t of plan.tasks) {
      const base = {
        wijkId: id,
        phaseId: t.phase,
        disciplineId: t.discipline,
        earliestStart: start,
      };
      hoursByDiscipline.set(t.discipline, hoursByDiscipline.get(t.discipline) + t.effortHours);
      if (t.phase !== 'uitvoering') {
        tasks.push({
          ...base,
          id: `${id}-${t.key}`,
          name: t.name,
          effortHours: t.effortHours,
          estimate: {
            optimistic: t.effortOptimistic,
            likely: t.effortHours,
            pessimistic: t.effortPessimistic,
          },
          minDurationWeeks: t.minDurationWeeks,
          maxDurationWeeks: t.maxDurationWeeks,
          dependencies: preds.get(t.key) ?? [],
          startDelay: t.phase === 'participatie' ? { optimistic: 0, likely: 2, pessimistic: 12 } : undefined,
        });
        continue;
      }
      // Uitvoering as six yearly pieces in a chain, so execution is planned year by year.
      const years = 6;
      for (let y = 0; y < years; y++) {
        const share = 1 / years;
        tasks.push({
          ...base,
          id: `${id}-${t.key}-${y + 1}`,
          name: `${t.name}, jaar ${y + 1}`,
          effortHours: Math.round(t.effortHours * share),
          estimate: {
            optimistic: Math.round(t.effortOptimistic * share),
            likely: Math.round(t.effortHours * share),
            pessimistic: Math.round(t.effortPessimistic * share),
          },
          minDurationWeeks: Math.round(t.minDurationWeeks / years),
          maxDurationWeeks: Math.round(t.maxDurationWeeks / years),
          dependencies: y === 0 ? (preds.get(t.key) ?? []) : [{ taskId: `${id}-${t.key}-${y}`, lagWeeks: 0 }],
        });
      }
      lastPiece.set(t.key, `${id}-${t.key}-${years}`);
    }
    // Three yearly progress reports to the council per wijk bring it to ~60 tasks.
    for (let r = 1; r <= 3; r++) {
      tasks.push({
        id: `${id}-voortgang-${r}`,
        name: `Voortgangsrapportage ${r}`,
        wijkId: id,
        phaseId: 'uitvoering',
        disciplineId: 'programmamanagement',
        effortHours: 40,
        estimate: { optimistic: 30, likely: 40, pessimistic: 80 },
        minDurationWeeks: 4,
        maxDurationWeeks: 8,
        dependencies: [{ taskId: r === 1 ? `${id}-raadsbesluit` : `${id}-voortgang-${r - 1}`, lagWeeks: 48 }],
      });
    }
    for (const m of plan.milestones) {
      const taskId = m.kind === 'gas_free' ? lastPiece.get(m.task) : `${id}-${m.task}`;
      milestones.push({
        id: `${id}-${m.kind}`,
        name: m.name,
        taskId,
        deadline: addWeeks(engine, target, m.deadlineOffsetWeeks),
      });
    }
  }
  // Staff in proportion to each discipline's share of all effort, at least 4 each.
  const total = [...hoursByDiscipline.values()].reduce((a, b) => a + b, 0);
  const counts = disciplines.map((d) =>
    Math.max(4, Math.round((staff * hoursByDiscipline.get(d.id)) / total)),
  );
  while (counts.reduce((a, b) => a + b, 0) > staff) counts[counts.indexOf(Math.max(...counts))]--;
  while (counts.reduce((a, b) => a + b, 0) < staff) counts[counts.indexOf(Math.min(...counts))]++;
  const staffList = [];
  disciplines.forEach((d, di) => {
    for (let s = 0; s < counts[di]; s++) {
      const n = staffList.length;
      const member = {
        id: `S${String(n).padStart(3, '0')}`,
        disciplineId: d.id,
        contractHours: [36, 36, 32, 28, 24][n % 5],
        programmeShare: 0.8,
        employmentType: n % 7 === 0 ? 'external' : n % 4 === 0 ? 'temporary' : 'permanent',
        leave: [{ from: '2026-07-20', to: '2026-08-07' }],
      };
      // Part of each team sits on posts funded until the end of 2027 (CDOKE cliff, domain.md).
      if (n % 6 === 0) member.fundedUntil = '2027-12-31';
      if (n % 10 === 3) member.secondaryDisciplineId = disciplines[(di + 1) % disciplines.length].id;
      staffList.push(member);
    }
  });
  return {
    today,
    horizon: { start: today, end: '2050-12-31' },
    calendar: { closingDays: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'] },
    disciplines,
    staff: staffList,
    wijken: wijkList,
    tasks,
    milestones,
  };
}

module.exports = { syntheticGemeente };
