#!/usr/bin/env node
// `npm run -s bench:council-report`: the council report of a large gemeente (design.md: 100 wijken,
// ~6,000 tasks, 300 staff, 12 disciplines, horizon to 2050) from a stored forecast: the engine's
// capacity advice with the job's bounds, writing the summary from the figures and laying out the PDF —
// the work the report job does after a few indexed reads. Bar (issue 8): ready within 30 s of being
// asked for. Prints the times and one line of JSON; asserts nothing.
require('./register-typescript');
const engine = require('../../libs/planning/src/index.ts');
const { syntheticGemeente } = require('./synthetic-gemeente');
const { buildCouncilReportContent, REPORT_ADVICE } = require('../../api/src/council-reports/council-report-content.ts');
const { renderCouncilReport } = require('../../api/src/council-reports/render-council-report.ts');

function periods(from, to, quarter) {
  const out = [];
  for (let y = from; y <= to; y++) for (let q = 1; q <= (quarter ? 4 : 1); q++) out.push(quarter ? `${y}-Q${q}` : String(y));
  return out;
}

function series(id, labels, scale, seed) {
  // Deterministic, plausible shapes: demand rises to a peak around 2030 and settles; capacity falls at funding cliffs.
  const capacity = labels.map((_, i) => scale * (i < labels.length * 0.2 ? 1 : 0.75));
  const demand = labels.map((_, i) => scale * (0.6 + 0.6 * Math.sin((i + seed) / 9) ** 2));
  return {
    disciplineId: id,
    periods: labels,
    capacity,
    demandP50: demand,
    demandP80: demand.map((d) => d * 1.2),
    shortfallP50: demand.map((d, i) => Math.max(0, d - capacity[i])),
    shortfallP80: demand.map((d, i) => Math.max(0, d * 1.2 - capacity[i])),
  };
}

async function main() {
  const disciplines = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, name: `Discipline ${i + 1}` }));
  const quarters = periods(2026, 2050, true);
  const years = periods(2026, 2050, false);
  const input = {
    organisationName: 'Gemeente Grootstad',
    forecastDate: '2026-11-25',
    simulations: 1000,
    seed: 2026,
    horizon: '2050-12-31',
    disciplines,
    quarters: disciplines.map((d, i) => series(d.id, quarters, 900 + 80 * i, i)),
    years: disciplines.map((d, i) => series(d.id, years, 3600 + 300 * i, i)),
    milestones: Array.from({ length: 200 }, (_, i) => ({
      id: `m${i}`,
      name: i % 2 ? 'Wijk aardgasvrij' : 'WUP vastgesteld door de raad',
      wijkName: `Wijk ${Math.floor(i / 2) + 1}`,
      kind: i % 2 ? 'gas_free' : 'council_decision',
      deadline: `${2030 + (i % 20)}-12-31`,
      probabilityOnTime: (i * 37) % 100 / 100,
      p50: `${2030 + (i % 20)}-06-30`,
      p80: `${2031 + (i % 20)}-03-31`,
    })),
    hourlyRate: 110,
  };
  const started = performance.now();
  // The job's advice: council decisions only, bounded simulations and evaluations.
  const programme = syntheticGemeente(engine);
  const council = { ...programme, milestones: programme.milestones.filter((m) => m.id.endsWith('-council_decision')) };
  const advice = engine.adviseCapacity(
    { programme: council, options: { granularities: ['year'] } },
    { ...REPORT_ADVICE, internalHourlyRate: 110, externalHourlyRate: 110, seed: 2026, today: programme.today },
  );
  const adviceMs = performance.now() - started;
  input.engineAdvice = {
    reachesTarget: advice.reachesTarget,
    targetProbability: advice.targetProbability,
    simulations: advice.simulations,
    extra: advice.extra,
    yearlyCostExternal: advice.yearlyCostExternal,
    milestones: advice.milestones,
  };
  const content = buildCouncilReportContent(input);
  const { pdf, pages } = await renderCouncilReport(content);
  const ms = performance.now() - started;
  console.log(
    `capacity advice (${council.milestones.length} council decisions, ${advice.simulations} simulations, ${advice.evaluations} evaluations, target ${advice.reachesTarget ? 'reached' : 'not reached'}): ${(adviceMs / 1000).toFixed(1)} s`,
  );
  console.log(`council report of a large gemeente: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} kB, ${(ms / 1000).toFixed(1)} s in all (bar: 30 s)`);
  console.log(JSON.stringify({ bench: 'council-report', pages, bytes: pdf.length, adviceMs: Math.round(adviceMs), ms: Math.round(ms), barMs: 30000 }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
