/*
 * The two fictional demo gemeenten, sized from domain.md ("Figures for defaults and demo data") and
 * calibrated so that a forecast tells a plan that is tight but mostly feasible (the calibration test,
 * demo-forecast-calibration.spec.ts, holds it there):
 *
 * - Demodam a G40-like city (~30 fte on the heat transition, 4 startwijken, ~25 later wijken),
 *   Voorbeeldstad a middelgrote gemeente (~10 fte, 2 startwijken, ~10 later wijken). AEF/ROB 2024:
 *   G40 39–43 extra fte for the whole Klimaatakkoord, middelgrote 17–19, the wijkaanpak the largest
 *   part. Both have their permanent core at that size, plus CDOKE posts and a little inhuur.
 * - The work per wijk follows the ROB figures the default template is calibrated to: ≈ 3 fte-years
 *   for the WUP and ≈ 2 fte a year for six years of uitvoering, for a wijk of 650–950 homes. 29 such
 *   wijken between 2024 and 2050 ask ≈ 22 productive fte on average (≈ 29 fte at the 0.8 programme
 *   share): Demodam's ~30 permanent fte just carry it, so the plan is tight, as a G40 city's is.
 * - Staff per discipline follows the template's mix of hours, not a flat spread: in uitvoering about
 *   30 % is regie (projectleider), 28 % energy advice, 13 % each subsidies and public space, 11 %
 *   communication, 5 % monitoring. A discipline also needs enough hours for the largest single task
 *   at its longest duration (a tracé design of 1,000 homes is ~500 hours in at most 26 weeks), or the
 *   engine rightly reports that task unschedulable: that sets the floor of the small disciplines.
 * - Part of each team sits on CDOKE-funded posts ending 31-12-2027: the regeling ran to 31-12-2025 and
 *   gemeenten may book the 2023 amount as structural for 2024–2027 (rvo.nl, "CDOKE"). So the forecast
 *   shows the cliff: in 2028 the startwijken go into uitvoering just when the energy advisers, a
 *   project leader and a participation manager on CDOKE posts leave.
 *
 * Names are invented.
 */
import type { WijkStrategy } from '../wijken/wijk.entity';

export interface DemoStaffGroup {
  discipline: string;
  /** Contract hours of each person in the group. */
  hours: number[];
  team: string;
  /** How many of the group sit on a temporary (CDOKE) post, and until when. */
  temporary?: { count: number; fundingEnd: string };
  /** How many are hired (inhuur), at €110/h (assumption, domain.md). */
  external?: number;
  /** Last day of the hired staff's contract (default 31-08-2027: two years for the startwijken). */
  externalUntil?: string;
  /** The first `count` of the group can also step in for this discipline (flexible capacity for the leveller). */
  secondary?: { discipline: string; count: number };
}

export interface DemoWijk {
  name: string;
  homes: number;
  wave: number;
  strategy: WijkStrategy;
  participationIntensity: number;
  plannedStart: string;
  targetDate: string;
  /** Weeks the wijk runs behind its plan so far (PAW: 39 of 50 proeftuinen behind, some by up to two years). */
  behindWeeks?: number;
}

export interface DemoProgramme {
  name: string;
  slug: string;
  cbsCode: string;
  teams: string[];
  staff: DemoStaffGroup[];
  wijken: DemoWijk[];
}

const TEAMS = ['Wijkaanpak', 'Techniek en ruimte', 'Bedrijfsvoering'];

/*
 * Later waves until 2050, one per revision of the Transitievisie Warmte (every five years; the second
 * version and the warmteprogramma are due by 31-12-2026, vng.nl). A wijk takes about two years to its
 * WUP and six of uitvoering (ROB; Epe: 2 and 6–8), so each wave starts eight or more years before its
 * target. Wave 1 starts from 2028, after the warmteprogramma, and over three years rather than two, so
 * its uitvoering does not pile onto the startwijken's; wave 4 starts by 2042 so it can finish by 2050.
 */
const WAVES: Record<number, { starts: number[]; target: string }> = {
  1: { starts: [2028, 2029, 2030], target: '2035-12-31' },
  2: { starts: [2030, 2031, 2032], target: '2040-12-31' },
  3: { starts: [2035, 2036, 2037], target: '2045-12-31' },
  4: { starts: [2039, 2040, 2041, 2042], target: '2050-12-31' },
};
const STRATEGIES: WijkStrategy[] = ['heat_network', 'all_electric', 'hybrid', 'insulation_first', 'green_gas'];

/**
 * Later wijken of `firstHomes` to `firstHomes + homesSpread` homes: a buurt or two each, around the
 * 650–950 homes the ROB costed a wijk at (CBS 2020: 13,808 buurten for ~8 million homes, ~580 a buurt;
 * PAW proeftuinen ~500 homes). Their uitvoering is what the programme spends most hours on.
 */
function laterWijken(names: string[], firstHomes: number, homesSpread: number): DemoWijk[] {
  return names.map((name, i) => {
    const wave = 1 + Math.floor((i * 4) / names.length);
    const { starts, target } = WAVES[wave];
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
    return {
      name,
      homes: firstHomes + ((i * 373) % homesSpread),
      wave,
      strategy: STRATEGIES[i % STRATEGIES.length],
      participationIntensity: [1, 1.2, 1, 1.5, 0.8][i % 5],
      plannedStart: `${starts[i % starts.length]}-${month}-01`,
      targetDate: target,
    };
  });
}

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    name: 'Gemeente Demodam',
    slug: 'demodam',
    cbsCode: 'GM9901',
    teams: TEAMS,
    // 35.4 fte in all: 29.9 permanent, 3.6 on CDOKE posts to 31-12-2027, 2 hired (inhuur).
    staff: [
      // Regie is 30 % of uitvoering: 8 project leaders, one on a CDOKE post; two of them also do participation.
      { discipline: 'projectleider', hours: [36, 36, 36, 32, 32, 32, 28, 32], team: 'Wijkaanpak', secondary: { discipline: 'participatie', count: 2 }, temporary: { count: 1, fundingEnd: '2027-12-31' } },
      // Participation peaks in the WUP phases; an inspraak of 2,600 homes asks ~40 h a week at most.
      { discipline: 'participatie', hours: [36, 32, 32], team: 'Wijkaanpak', temporary: { count: 1, fundingEnd: '2027-12-31' } },
      { discipline: 'communicatie', hours: [36, 28, 24], team: 'Wijkaanpak' },
      // Seven wave-1 WUPs in three years each need ~1,000 h of technical analysis: three permanent advisers, one hired for the startwijken.
      { discipline: 'techniek', hours: [36, 36, 32, 28], team: 'Techniek en ruimte', external: 1 },
      // Energy advice is 28 % of uitvoering; two of the advisers are on CDOKE posts: the 2028 cliff.
      { discipline: 'energieadvies', hours: [36, 36, 32, 32, 28, 32, 32], team: 'Wijkaanpak', temporary: { count: 2, fundingEnd: '2027-12-31' } },
      { discipline: 'financieel', hours: [36, 36, 32], team: 'Bedrijfsvoering' },
      // The legal check of the largest WUP (Havenkwartier) is ~210 h in at most 13 weeks: ≥ 28 contract hours.
      { discipline: 'juridisch', hours: [28], team: 'Bedrijfsvoering' },
      // Spatial designers are among the hardest to hire (wsgo.nl): one permanent, one hired until mid-2028 for the startwijken's tracés.
      { discipline: 'ruimtelijk', hours: [36, 36], team: 'Techniek en ruimte', external: 1, externalUntil: '2028-06-30' },
      // Monitoring runs through every uitvoering (≈ 1,200 h a wijk over 3–6 years) besides each WUP's analyses.
      { discipline: 'data-gis', hours: [36, 32, 24], team: 'Techniek en ruimte' },
      { discipline: 'programmamanagement', hours: [36], team: 'Bedrijfsvoering' },
      { discipline: 'secretariaat', hours: [28], team: 'Wijkaanpak' },
      { discipline: 'openbare-ruimte', hours: [36, 36, 32], team: 'Techniek en ruimte' },
    ],
    // Startwijken: 500–3,000 homes (domain.md). Each runs behind its plan as most PAW proeftuinen did,
    // by its own measure, so their council decisions range from safe to at risk.
    wijken: [
      { name: 'De Kruidenwijk', homes: 1450, wave: 0, strategy: 'heat_network', participationIntensity: 1.2, plannedStart: '2024-03-01', targetDate: '2030-12-31', behindWeeks: 39 },
      { name: 'Bomenbuurt', homes: 820, wave: 0, strategy: 'all_electric', participationIntensity: 1, plannedStart: '2024-09-01', targetDate: '2030-12-31', behindWeeks: 26 },
      { name: 'Havenkwartier', homes: 2600, wave: 0, strategy: 'heat_network', participationIntensity: 1.5, plannedStart: '2025-02-01', targetDate: '2030-12-31', behindWeeks: 13 },
      { name: 'Schildersbuurt', homes: 640, wave: 0, strategy: 'hybrid', participationIntensity: 1, plannedStart: '2025-06-01', targetDate: '2030-12-31' },
      ...laterWijken(
        [
          'Vogelwijk', 'Componistenbuurt', 'Zeeheldenkwartier', 'Molenwijk', 'Bloemenbuurt', 'Rivierenwijk',
          'Sterrenwijk', 'Dichtersbuurt', 'Oude Stad', 'Stationskwartier', 'Parkwijk', 'Kanaalzone',
          'Vruchtenbuurt', 'Watertorenwijk', 'Duinzicht', 'Polderhof', 'Gildenbuurt', 'Kloosterveld',
          'Westerkwartier', 'Oosterpark', 'Zuiderhaven', 'Noorderveld', 'Heidebuurt', 'Lindehof', 'Eikenrode',
        ],
        500,
        800,
      ),
    ],
  },
  {
    name: 'Gemeente Voorbeeldstad',
    slug: 'voorbeeldstad',
    cbsCode: 'GM9902',
    teams: TEAMS,
    // 11.7 fte in all: 10.8 permanent, 0.9 on a CDOKE post to 31-12-2027. Small
    // disciplines are part-time, but each has the hours its largest task asks at its longest duration.
    staff: [
      { discipline: 'projectleider', hours: [36, 32], team: 'Wijkaanpak', secondary: { discipline: 'participatie', count: 1 } },
      { discipline: 'participatie', hours: [28, 20], team: 'Wijkaanpak' },
      { discipline: 'communicatie', hours: [28], team: 'Wijkaanpak' },
      { discipline: 'techniek', hours: [32], team: 'Techniek en ruimte' },
      { discipline: 'energieadvies', hours: [36, 24, 32], team: 'Wijkaanpak', temporary: { count: 1, fundingEnd: '2027-12-31' } },
      { discipline: 'financieel', hours: [24], team: 'Bedrijfsvoering' },
      { discipline: 'juridisch', hours: [16], team: 'Bedrijfsvoering' },
      { discipline: 'ruimtelijk', hours: [28], team: 'Techniek en ruimte' },
      // Monitoring of every wijk in uitvoering plus each WUP's analyses: nearly a full post.
      { discipline: 'data-gis', hours: [36], team: 'Techniek en ruimte' },
      { discipline: 'secretariaat', hours: [24], team: 'Wijkaanpak' },
      { discipline: 'openbare-ruimte', hours: [24], team: 'Techniek en ruimte' },
    ],
    wijken: [
      { name: 'Dorpskern-Oost', homes: 780, wave: 0, strategy: 'heat_network', participationIntensity: 1, plannedStart: '2024-10-01', targetDate: '2030-12-31' },
      { name: 'Het Veen', homes: 520, wave: 0, strategy: 'all_electric', participationIntensity: 1.2, plannedStart: '2025-06-01', targetDate: '2030-12-31' },
      ...laterWijken(
        ['Molenbuurt', 'Kerkebuurt', 'De Akkers', 'Beekdal', 'Hoge Weide', 'Lage Weide', 'Nieuwland', 'Brinkhof', 'Esveld', 'Slotpark'],
        // A middelgrote gemeente's wijken are smaller: 400–800 homes.
        400,
        400,
      ),
    ],
  },
];

export const FIRST_NAMES = [
  'Anouk', 'Bram', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Inge', 'Joris', 'Kim', 'Lotte', 'Milan', 'Noor',
  'Olaf', 'Priya', 'Ruben', 'Sanne', 'Thijs', 'Urvashi', 'Vera', 'Wouter', 'Yara', 'Zeynep', 'Mohamed', 'Sem',
];
export const LAST_NAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos',
  'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yılmaz', 'El Amrani', 'Kaya',
];
