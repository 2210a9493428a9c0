/** What the council report says, computed from a completed forecast (pure: figures in, Dutch text and tables out). */

export interface ReportSeries {
  disciplineId: string;
  periods: string[];
  capacity: number[];
  demandP50: number[];
  demandP80: number[];
  shortfallP50: number[];
  shortfallP80: number[];
}

export interface ReportMilestone {
  id: string;
  name: string;
  wijkName: string;
  kind: string;
  deadline: string | null;
  probabilityOnTime: number;
  p50: string | null;
  p80: string | null;
}

export interface CouncilReportInput {
  organisationName: string;
  forecastDate: string;
  simulations: number;
  seed: number;
  horizon: string;
  disciplines: { id: string; name: string }[];
  quarters: ReportSeries[];
  years: ReportSeries[];
  milestones: ReportMilestone[];
  /** Euro per hour of inhuur (assumption, domain.md: €110). */
  hourlyRate: number;
  /** The engine's capacity advice for an 80% chance on every milestone, when it could be computed. */
  engineAdvice?: EngineAdvice | null;
}

export interface EngineAdvice {
  reachesTarget: boolean;
  targetProbability: number;
  simulations: number;
  extra: { disciplineId: string; fte: number; from: string; yearlyCostExternal: number }[];
  yearlyCostExternal: number;
  milestones: { milestoneId: string; probabilityAfter: number }[];
}

export interface ReportChart {
  title: string;
  periods: string[];
  capacity: number[];
  demandP50: number[];
  demandP80: number[];
}

export interface ReportAdvice {
  discipline: string;
  fte: number;
  from: string;
  yearlyCost: number;
}

export interface CouncilReportContent {
  title: string;
  organisationName: string;
  forecastDate: string;
  summary: string[];
  atRisk: ReportMilestone[];
  advice: ReportAdvice[];
  quarterCharts: ReportChart[];
  outlook: ReportChart;
  method: string[];
}

/**
 * Bounds of the engine's capacity advice in the report job: an 80% chance for every council decision,
 * recomputed with few simulations and evaluations so a large gemeente's report stays within 30 s.
 */
export const REPORT_ADVICE = { targetProbability: 0.8, simulations: 50, maxEvaluations: 24 } as const;
export const COUNCIL_KINDS = new Set(['council_decision', 'wup_adopted']);

/** 36 hours a week (1 fte, CAO Gemeenten) × 52 weeks. */
export const HOURS_PER_FTE_YEAR = 36 * 52;
const HOURS_PER_FTE_QUARTER = 36 * 13;
const REPORT_END = '2030-Q4';

export const nlNumber = (n: number, decimals = 0) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    n,
  );
export const nlPercent = (p: number) => `${Math.round(p * 100)}%`;
export const nlDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const quarterText = (q: string) => `Q${q.slice(6)} ${q.slice(0, 4)}`;
const toQuarter = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
const joinNl = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

export function buildCouncilReportContent(input: CouncilReportInput): CouncilReportContent {
  const name = new Map(input.disciplines.map((d) => [d.id, d.name]));
  const through2030 = (s: ReportSeries) =>
    s.periods.map((p, i) => [p, i] as const).filter(([p]) => p <= REPORT_END);

  const summary: string[] = [
    `Deze rapportage beschrijft of de gemeente genoeg mensen heeft voor de warmtetransitie in haar wijken. Ze rekent ${nlNumber(input.simulations)} mogelijke verlopen van het huidige plan door (prognose van ${nlDate(input.forecastDate)}), omdat taken vaak langer duren dan gepland.`,
  ];
  const council = input.milestones
    .filter((m) => COUNCIL_KINDS.has(m.kind) && m.deadline)
    .sort((a, b) => a.probabilityOnTime - b.probabilityOnTime || a.wijkName.localeCompare(b.wijkName));
  for (const m of council.slice(0, 3)) {
    summary.push(
      `Met de huidige bezetting is de kans ${nlPercent(m.probabilityOnTime)} dat de WUP voor ${m.wijkName} vóór ${nlDate(m.deadline!)} door de raad is vastgesteld.`,
    );
  }
  const dated = input.milestones.filter((m) => m.deadline);
  const late = dated.filter((m) => m.probabilityOnTime < 0.5);
  summary.push(
    `${late.length} van de ${dated.length} mijlpalen met een uiterste datum hebben minder dan 50% kans om op tijd gehaald te worden.`,
  );

  const shortfallByDiscipline = input.quarters
    .map((s) => ({
      id: s.disciplineId,
      hours: through2030(s).reduce((sum, [, i]) => sum + (s.shortfallP50[i] ?? 0), 0),
    }))
    .sort((a, b) => b.hours - a.hours);
  const totalShortfall = shortfallByDiscipline.reduce((s, d) => s + d.hours, 0);
  if (totalShortfall < 1) {
    summary.push('Tot en met 2030 is er naar verwachting (P50) geen tekort aan uren.');
  } else {
    const top = shortfallByDiscipline[0];
    summary.push(
      `Tot en met 2030 komt het programma naar verwachting (P50) ${nlNumber(totalShortfall / HOURS_PER_FTE_YEAR, 1)} fte-jaar tekort; het grootste tekort is bij ${name.get(top.id) ?? top.id} (${nlNumber(top.hours / HOURS_PER_FTE_YEAR, 1)} fte-jaar).`,
    );
  }

  // The engine's advice counts only when it reached its target; an unfinished search is no advice.
  const engine = input.engineAdvice?.reachesTarget ? input.engineAdvice : null;
  if (engine) {
    const list = engine.extra.map(
      (e) => `${nlNumber(e.fte, 1)} fte extra ${(name.get(e.disciplineId) ?? e.disciplineId).toLowerCase()}`,
    );
    const from = engine.extra.map((e) => e.from).sort()[0];
    const worst = council[0];
    const after = worst && engine.milestones.find((m) => m.milestoneId === worst.id);
    if (!engine.extra.length) {
      summary.push(
        `Er is geen extra capaciteit nodig om elk raadsbesluit over een WUP met ten minste ${nlPercent(engine.targetProbability)} kans op tijd te halen.`,
      );
    } else {
      if (worst && after) {
        summary.push(
          `Met ${joinNl(list)} vanaf ${quarterText(toQuarter(from))} stijgt de kans voor ${worst.wijkName} naar ${nlPercent(after.probabilityAfter)} (doorgerekend met ${nlNumber(engine.simulations)} simulaties).`,
        );
      }
      summary.push(
        `Met die extra capaciteit heeft elk raadsbesluit over een WUP ten minste ${nlPercent(engine.targetProbability)} kans om op tijd te zijn; dat kost ongeveer € ${nlNumber(engine.yearlyCostExternal)} per jaar bij inhuur.`,
      );
    }
  } else if (input.engineAdvice) {
    summary.push(
      `Extra mensen alleen brengen niet elk raadsbesluit over een WUP op ${nlPercent(input.engineAdvice.targetProbability)} kans; daarvoor moet ook de planning zelf veranderen (latere deadlines of minder wijken tegelijk). Hieronder staat welke extra capaciteit het tekort met 80% zekerheid dekt.`,
    );
  }

  const indicative: ReportAdvice[] = input.quarters
    .map((s) => {
      const quarters = through2030(s);
      const peak = Math.max(0, ...quarters.map(([, i]) => s.shortfallP80[i] ?? 0));
      const first = quarters.find(([, i]) => (s.shortfallP80[i] ?? 0) > 0.5);
      // Whole tenths of an fte, rounded up: the step the advice uses (design.md).
      const fte = Math.ceil((peak / HOURS_PER_FTE_QUARTER) * 10) / 10;
      return {
        discipline: name.get(s.disciplineId) ?? s.disciplineId,
        fte,
        from: first ? first[0] : '',
        yearlyCost: fte * HOURS_PER_FTE_YEAR * input.hourlyRate,
      };
    })
    .filter((a) => a.fte > 0 && a.from)
    .sort((a, b) => b.fte - a.fte);
  const advice: ReportAdvice[] = engine
    ? engine.extra.map((e) => ({
        discipline: name.get(e.disciplineId) ?? e.disciplineId,
        fte: e.fte,
        from: toQuarter(e.from),
        yearlyCost: e.yearlyCostExternal,
      }))
    : indicative;
  for (const a of engine ? [] : advice.slice(0, 3)) {
    summary.push(
      `Om het tekort met 80% zekerheid te dekken is indicatief ${nlNumber(a.fte, 1)} fte extra ${a.discipline.toLowerCase()} nodig vanaf ${quarterText(a.from)}, ongeveer € ${nlNumber(a.yearlyCost)} per jaar bij inhuur.`,
    );
  }

  const quarterCharts = input.quarters
    .filter((s) => s.demandP80.some((v) => v > 0) || s.capacity.some((v) => v > 0))
    .map((s) => {
      const idx = through2030(s).map(([, i]) => i);
      return {
        title: name.get(s.disciplineId) ?? s.disciplineId,
        periods: idx.map((i) => s.periods[i]),
        capacity: idx.map((i) => s.capacity[i] ?? 0),
        demandP50: idx.map((i) => s.demandP50[i] ?? 0),
        demandP80: idx.map((i) => s.demandP80[i] ?? 0),
      };
    });
  const yearPeriods = input.years[0]?.periods ?? [];
  const sumOf = (key: 'capacity' | 'demandP50' | 'demandP80') =>
    yearPeriods.map((_, i) => input.years.reduce((s, y) => s + (y[key][i] ?? 0), 0));
  const outlook = {
    title: 'Alle disciplines, per jaar tot 2050',
    periods: yearPeriods,
    capacity: sumOf('capacity'),
    demandP50: sumOf('demandP50'),
    demandP80: sumOf('demandP80'),
  };

  return {
    title: 'Capaciteit voor de warmtetransitie',
    organisationName: input.organisationName,
    forecastDate: input.forecastDate,
    summary,
    atRisk: [...dated].sort((a, b) => a.probabilityOnTime - b.probabilityOnTime).slice(0, 15),
    advice,
    quarterCharts,
    outlook,
    method: [
      'Vraag: elke taak in elke wijk vraagt uren van één discipline. Hoeveel uren precies is onzeker; daarom heeft elke taak een optimistische, verwachte en pessimistische schatting. Tegenvallers komen vaker voor dan meevallers (in 2023 liepen 39 van de 50 proeftuinen aardgasvrije wijken achter).',
      `Aanbod: de uren van de medewerkers volgens hun contract (36 uur = 1 fte), het deel dat zij voor het programma beschikbaar zijn, min verlof en feestdagen, en alleen zolang hun contract en financiering lopen.`,
      `Simulatie: de planning is ${nlNumber(input.simulations)} keer doorgerekend met steeds andere uitkomsten van de schattingen (startgetal ${input.seed}). Elke keer worden de taken zo ingepland dat niemand meer uren krijgt dan er zijn.`,
      'P50 betekent: in de helft van de verlopen is het zo of beter. P80: in 80 van de 100 verlopen. Een kans "op tijd" is het deel van de verlopen waarin de mijlpaal vóór de uiterste datum valt.',
      engine
        ? `Een fte-jaar is ${nlNumber(HOURS_PER_FTE_YEAR)} uur. Het advies zoekt de kleinste extra capaciteit per discipline, in stappen van 0,1 fte en vanaf het moment dat een vacature vervuld kan zijn, waarmee elk raadsbesluit over een WUP ten minste ${nlPercent(engine.targetProbability)} kans heeft om op tijd te zijn; het rekent daarvoor ${nlNumber(engine.simulations)} verlopen opnieuw door. Kosten tegen een inhuurtarief van € ${nlNumber(input.hourlyRate)} per uur (aanname).`
        : `Een fte-jaar is ${nlNumber(HOURS_PER_FTE_YEAR)} uur. Het advies over extra fte is een indicatie: het hoogste P80-tekort per kwartaal tot en met 2030, omgerekend naar fte in stappen van 0,1, tegen een inhuurtarief van € ${nlNumber(input.hourlyRate)} per uur (aanname). Of de mijlpalen daarmee op tijd komen, rekent een nieuwe prognose met die extra capaciteit uit.`,
    ],
  };
}
