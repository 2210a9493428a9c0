import { ProcessTemplateDefinition, TaskTemplate } from './process-template';

/*
 * The default WUP process (domain.md, "The WUP process"), calibrated so that a wijk of ~800 homes at
 * normal participation intensity needs ≈ 3 fte-years from initiatief to raadsbesluit and ≈ 2 fte a
 * year in six years of uitvoering — the ROB advice "Van Parijs naar praktijk" (2021, on AEF's study
 * of uitvoeringskosten Klimaatakkoord): 1.5 fte/year for two years to draw up the WUP, then 2 fte/year
 * for six years; Gemeente Epe gives the same shape. 1 fte-year = 36 h × 52 weeks = 1,872 hours
 * (CAO Gemeenten). The split over tasks and disciplines is an assumption.
 *
 * Effort grows with the number of homes, but not in proportion: the ROB figure holds for 650–950 homes
 * and publishes no slope, so the split is an assumption. Resident-facing work (energy advice, subsidies,
 * public space per street) grows with the homes; regie, communication and monitoring are mostly work per
 * wijk (one project team, one newsletter, one monitor). At 800 homes the totals are the ROB's; a wijk of
 * 2,600 homes asks 2.1 × the uitvoering of one of 800 (in proportion to homes it would be 2.6 ×).
 *
 * Durations stay within the phase ranges of domain.md. Short resident and legal steps (first contact,
 * inspraak, the legal check) may stretch to 13 weeks, so a small team can carry a large wijk's step
 * at the cost of time, instead of the step being impossible within its range.
 *
 * Three-point estimates are right-skewed (assumption calibrated to the PAW proeftuinen, 39 of 50
 * behind schedule in 2023): pessimistic ≈ 2 × likely for participation and decision tasks, 1.5 × for
 * technical and spatial ones.
 */
const SOCIAL = { optimisticFactor: 0.8, pessimisticFactor: 2 };
const TECHNICAL = { optimisticFactor: 0.85, pessimisticFactor: 1.5 };

function task(
  key: string,
  name: string,
  discipline: string,
  baseHours: number,
  hoursPer100Homes: number,
  kind: 'social' | 'technical',
  minWeeks: number,
  maxWeeks: number,
  dependsOn: [string, number][] = [],
  extra: Partial<TaskTemplate> = {},
): TaskTemplate {
  return {
    key,
    name,
    discipline,
    // Resident-facing work grows with the participation intensity (domain.md, lesson 3).
    effort: { baseHours, hoursPer100Homes, participationScaled: ['participatie', 'energieadvies'].includes(discipline) },
    estimate: kind === 'social' ? SOCIAL : TECHNICAL,
    duration: { minWeeks, maxWeeks },
    dependsOn: dependsOn.map(([t, lagWeeks]) => ({ task: t, lagWeeks })),
    ...extra,
  };
}

export const DEFAULT_WUP_TEMPLATE: ProcessTemplateDefinition = {
  phases: [
    {
      key: 'initiatief',
      name: 'Initiatief en verkenning', // 3–6 months
      tasks: [
        task('wijkanalyse', 'Wijkanalyse (gebouwen, eigendom, netten)', 'data-gis', 120, 10, 'technical', 6, 14),
        task('stakeholderkaart', 'Stakeholderkaart: corporaties, netbeheerder, energiecoöperatie', 'projectleider', 80, 5, 'social', 4, 10),
        task('projectplan', 'Projectplan wijkaanpak', 'projectleider', 160, 5, 'social', 6, 12, [['wijkanalyse', 0], ['stakeholderkaart', 0]]),
        task('eerste-contact', 'Eerste contact met bewoners', 'participatie', 60, 20, 'social', 4, 13, [['stakeholderkaart', 0]]),
      ],
    },
    {
      key: 'participatie',
      name: 'Participatie en draagvlak', // 6–12 months, alongside 3–4
      tasks: [
        task('bewonersavonden', 'Bewonersavonden', 'participatie', 160, 50, 'social', 26, 52, [['projectplan', 0], ['eerste-contact', 0]]),
        task('keukentafelgesprekken', 'Keukentafelgesprekken', 'energieadvies', 80, 70, 'social', 26, 52, [['projectplan', 0]]),
        task('klankbordgroep', 'Klankbordgroep', 'participatie', 120, 20, 'social', 26, 52, [['projectplan', 0]]),
        task('enquete', 'Enquête onder bewoners', 'communicatie', 60, 15, 'social', 6, 12, [['projectplan', 0]]),
        task('communicatie', 'Communicatie en wijkberichten', 'communicatie', 150, 20, 'social', 26, 52, [['projectplan', 0]]),
        task('projectondersteuning', 'Projectondersteuning', 'secretariaat', 120, 60, 'social', 26, 52, [['projectplan', 0]]),
      ],
    },
    {
      key: 'techniek',
      name: 'Technische analyse en techniekkeuze', // 4–9 months
      tasks: [
        task('technische-analyse', 'Technische en financiële analyse per bouwtype', 'techniek', 240, 50, 'technical', 17, 39, [['projectplan', 4]]),
        task('betaalbaarheid', 'Betaalbaarheid en financiering', 'financieel', 150, 30, 'technical', 12, 26, [['projectplan', 4]]),
        task('gis-analyse', 'GIS-analyse warmtevraag en netten', 'data-gis', 80, 10, 'technical', 6, 13, [['wijkanalyse', 0]]),
        task('techniekkeuze', 'Opties vergelijken en techniekkeuze', 'techniek', 120, 20, 'technical', 8, 17, [
          ['technische-analyse', 0],
          ['betaalbaarheid', 0],
          ['gis-analyse', 0],
        ]),
      ],
    },
    {
      key: 'ruimtelijk',
      name: 'Ruimtelijke inpassing', // 3–6 months
      tasks: [
        task('tracés', 'Tracés, stations en kabels', 'ruimtelijk', 200, 30, 'technical', 13, 26, [['techniekkeuze', 0]]),
        task('openbare-ruimte', 'Inrichting openbare ruimte en verkeer', 'openbare-ruimte', 120, 20, 'technical', 13, 26, [['techniekkeuze', 0]]),
        task('ontwerp-met-bewoners', 'Ontwerpsessies met bewoners', 'participatie', 60, 15, 'social', 8, 17, [['techniekkeuze', 0]]),
      ],
    },
    {
      key: 'besluitvorming',
      name: 'Besluitvorming', // 2–4 months
      tasks: [
        task('concept-wup', 'Concept-wijkuitvoeringsplan', 'projectleider', 200, 20, 'social', 6, 13, [
          ['bewonersavonden', 0],
          ['tracés', 0],
          ['openbare-ruimte', 0],
          ['ontwerp-met-bewoners', 0],
        ]),
        task('juridische-toets', 'Juridische toets (Wgiw, Omgevingswet)', 'juridisch', 80, 5, 'technical', 4, 13, [['concept-wup', 0]]),
        task('inspraak', 'Inspraak op het concept-WUP', 'participatie', 60, 10, 'social', 6, 13, [['concept-wup', 0]]),
        task('raadsbesluit', 'Raadsvoorstel en raadsbesluit', 'projectleider', 80, 0, 'social', 4, 9, [['juridische-toets', 0], ['inspraak', 0]], {
          // Startwijken must be gas-free by the target date, so the WUP must be adopted ~3 years before.
          milestone: { name: 'WUP vastgesteld door de raad', kind: 'council_decision', deadlineOffsetWeeks: -156 },
        }),
      ],
    },
    {
      key: 'uitvoering',
      name: 'Uitvoering', // six years at ≈ 2 fte a year (ROB)
      tasks: [
        task('uitvoeringsbegeleiding', 'Regie op de uitvoering', 'projectleider', 4400, 300, 'social', 156, 312, [['raadsbesluit', 0]]),
        task('bewonersbegeleiding', 'Bewonersbegeleiding en energieadvies', 'energieadvies', 2300, 500, 'social', 156, 312, [['raadsbesluit', 0]]),
        task('subsidies', 'Subsidies en financiering voor bewoners', 'financieel', 1200, 200, 'technical', 156, 312, [['raadsbesluit', 0]]),
        task('communicatie-uitvoering', 'Communicatie tijdens de uitvoering', 'communicatie', 1600, 100, 'social', 156, 312, [['raadsbesluit', 0]]),
        task('werkvoorbereiding', 'Werkvoorbereiding openbare ruimte', 'openbare-ruimte', 1200, 200, 'technical', 156, 312, [['raadsbesluit', 0]]),
        task('monitoring', 'Monitoring en evaluatie', 'data-gis', 800, 50, 'technical', 156, 312, [['raadsbesluit', 0]], {
          milestone: { name: 'Wijk aardgasvrij', kind: 'gas_free', deadlineOffsetWeeks: 0 },
        }),
      ],
    },
  ],
};
