/*
 * The two fictional demo gemeenten, sized from domain.md ("Figures for defaults and demo data"):
 * Demodam a G40-like city (~30 fte on the heat transition, 4 startwijken, ~25 later wijken),
 * Voorbeeldstad a middelgrote gemeente (~10 fte, 2 startwijken, ~10 later wijken). AEF/ROB 2024:
 * G40 39–43 extra fte for the whole Klimaatakkoord, middelgrote 17–19, the wijkaanpak the largest part.
 * Part of each team sits on CDOKE-funded posts ending 31-12-2025 or 31-12-2027 (rvo.nl, "CDOKE"),
 * so the forecast shows the cliff. Names are invented.
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
}

export interface DemoWijk {
  name: string;
  homes: number;
  wave: number;
  strategy: WijkStrategy;
  participationIntensity: number;
  plannedStart: string;
  targetDate: string;
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

// Later waves until 2050: start years and targets per wave (TVW revised every five years).
const WAVES: Record<number, { starts: number[]; target: string }> = {
  1: { starts: [2027, 2028], target: '2035-12-31' },
  2: { starts: [2030, 2031, 2032], target: '2040-12-31' },
  3: { starts: [2035, 2036, 2037], target: '2045-12-31' },
  4: { starts: [2040, 2041, 2042, 2043], target: '2050-12-31' },
};
const STRATEGIES: WijkStrategy[] = ['heat_network', 'all_electric', 'hybrid', 'insulation_first', 'green_gas'];

function laterWijken(names: string[], firstHomes: number): DemoWijk[] {
  return names.map((name, i) => {
    const wave = 1 + Math.floor((i * 4) / names.length);
    const { starts, target } = WAVES[wave];
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
    return {
      name,
      homes: firstHomes + ((i * 373) % 2200),
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
    staff: [
      { discipline: 'projectleider', hours: [36, 36, 36, 32, 36], team: 'Wijkaanpak', temporary: { count: 1, fundingEnd: '2027-12-31' } },
      { discipline: 'participatie', hours: [36, 32, 36, 28, 36], team: 'Wijkaanpak', temporary: { count: 2, fundingEnd: '2027-12-31' } },
      { discipline: 'communicatie', hours: [32, 28], team: 'Wijkaanpak' },
      { discipline: 'techniek', hours: [36, 36, 36, 32], team: 'Techniek en ruimte', external: 1, temporary: { count: 1, fundingEnd: '2025-12-31' } },
      { discipline: 'energieadvies', hours: [36, 32, 32, 24], team: 'Wijkaanpak', temporary: { count: 2, fundingEnd: '2027-12-31' } },
      { discipline: 'financieel', hours: [36, 28], team: 'Bedrijfsvoering' },
      { discipline: 'juridisch', hours: [24], team: 'Bedrijfsvoering' },
      { discipline: 'ruimtelijk', hours: [36, 32], team: 'Techniek en ruimte', external: 1 },
      { discipline: 'data-gis', hours: [36, 24], team: 'Techniek en ruimte', temporary: { count: 1, fundingEnd: '2025-12-31' } },
      { discipline: 'programmamanagement', hours: [36], team: 'Bedrijfsvoering' },
      { discipline: 'secretariaat', hours: [32, 24], team: 'Wijkaanpak' },
      { discipline: 'openbare-ruimte', hours: [36, 24], team: 'Techniek en ruimte' },
    ],
    wijken: [
      { name: 'De Kruidenwijk', homes: 1450, wave: 0, strategy: 'heat_network', participationIntensity: 1.2, plannedStart: '2024-03-01', targetDate: '2030-12-31' },
      { name: 'Bomenbuurt', homes: 820, wave: 0, strategy: 'all_electric', participationIntensity: 1, plannedStart: '2024-09-01', targetDate: '2030-12-31' },
      { name: 'Havenkwartier', homes: 2600, wave: 0, strategy: 'heat_network', participationIntensity: 1.5, plannedStart: '2025-02-01', targetDate: '2030-12-31' },
      { name: 'Schildersbuurt', homes: 640, wave: 0, strategy: 'hybrid', participationIntensity: 1, plannedStart: '2025-06-01', targetDate: '2030-12-31' },
      ...laterWijken(
        [
          'Vogelwijk', 'Componistenbuurt', 'Zeeheldenkwartier', 'Molenwijk', 'Bloemenbuurt', 'Rivierenwijk',
          'Sterrenwijk', 'Dichtersbuurt', 'Oude Stad', 'Stationskwartier', 'Parkwijk', 'Kanaalzone',
          'Vruchtenbuurt', 'Watertorenwijk', 'Duinzicht', 'Polderhof', 'Gildenbuurt', 'Kloosterveld',
          'Westerkwartier', 'Oosterpark', 'Zuiderhaven', 'Noorderveld', 'Heidebuurt', 'Lindehof', 'Eikenrode',
        ],
        500,
      ),
    ],
  },
  {
    name: 'Gemeente Voorbeeldstad',
    slug: 'voorbeeldstad',
    cbsCode: 'GM9902',
    teams: TEAMS,
    staff: [
      { discipline: 'projectleider', hours: [36, 32], team: 'Wijkaanpak', temporary: { count: 1, fundingEnd: '2027-12-31' } },
      { discipline: 'participatie', hours: [36, 28], team: 'Wijkaanpak', temporary: { count: 1, fundingEnd: '2025-12-31' } },
      { discipline: 'communicatie', hours: [24], team: 'Wijkaanpak' },
      { discipline: 'techniek', hours: [36], team: 'Techniek en ruimte', external: 1 },
      { discipline: 'energieadvies', hours: [32], team: 'Wijkaanpak', temporary: { count: 1, fundingEnd: '2027-12-31' } },
      { discipline: 'financieel', hours: [18], team: 'Bedrijfsvoering' },
      { discipline: 'juridisch', hours: [12], team: 'Bedrijfsvoering' },
      { discipline: 'ruimtelijk', hours: [28], team: 'Techniek en ruimte' },
      { discipline: 'data-gis', hours: [18], team: 'Techniek en ruimte' },
      { discipline: 'secretariaat', hours: [18], team: 'Wijkaanpak' },
      // Every discipline the WUP template asks for is held by someone, if only part-time.
      { discipline: 'openbare-ruimte', hours: [16], team: 'Techniek en ruimte' },
    ],
    wijken: [
      { name: 'Dorpskern-Oost', homes: 780, wave: 0, strategy: 'heat_network', participationIntensity: 1, plannedStart: '2024-10-01', targetDate: '2030-12-31' },
      { name: 'Het Veen', homes: 520, wave: 0, strategy: 'all_electric', participationIntensity: 1.2, plannedStart: '2025-04-01', targetDate: '2030-12-31' },
      ...laterWijken(
        ['Molenbuurt', 'Kerkebuurt', 'De Akkers', 'Beekdal', 'Hoge Weide', 'Lage Weide', 'Nieuwland', 'Brinkhof', 'Esveld', 'Slotpark'],
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
