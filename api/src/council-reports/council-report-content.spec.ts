import { buildCouncilReportContent, CouncilReportInput } from './council-report-content';

function input(overrides: Partial<CouncilReportInput> = {}): CouncilReportInput {
  const periods = ['2030-Q3', '2030-Q4', '2031-Q1'];
  return {
    organisationName: 'Gemeente Demodam',
    forecastDate: '2026-11-25',
    simulations: 500,
    seed: 1,
    horizon: '2050-12-31',
    disciplines: [{ id: 'p', name: 'Participatie-/omgevingsmanager' }],
    quarters: [
      // 936 h P50 shortfall to 2030 = 0.5 fte-year; the P80 peak of 468 h in a quarter = 1.0 fte.
      {
        disciplineId: 'p',
        periods,
        capacity: [400, 400, 400],
        demandP50: [868, 868, 9999],
        demandP80: [868, 700, 9999],
        shortfallP50: [468, 468, 9999],
        shortfallP80: [468, 300, 9999],
      },
    ],
    years: [],
    milestones: [
      {
        id: 'm1',
        name: 'WUP vastgesteld door de raad',
        wijkName: 'De Kruidenwijk',
        kind: 'council_decision',
        deadline: '2027-01-01',
        probabilityOnTime: 0.35,
        p50: '2027-03-01',
        p80: '2027-06-01',
      },
      {
        id: 'm2',
        name: 'WUP vastgesteld door de raad',
        wijkName: 'Oost',
        kind: 'wup_adopted',
        deadline: '2028-01-01',
        probabilityOnTime: 0.9,
        p50: null,
        p80: null,
      },
      {
        id: 'm3',
        name: 'Wijk aardgasvrij',
        wijkName: 'Oost',
        kind: 'gas_free',
        deadline: null,
        probabilityOnTime: 0.2,
        p50: null,
        p80: null,
      },
    ],
    hourlyRate: 110,
    ...overrides,
  };
}

describe('the council report summary, written from the figures', () => {
  const summary = buildCouncilReportContent(input()).summary;

  it('puts the council decision least likely on time first, with its chance and deadline', () => {
    expect(summary[1]).toBe(
      'Met de huidige bezetting is de kans 35% dat de WUP voor De Kruidenwijk vóór 1 januari 2027 door de raad is vastgesteld.',
    );
    expect(summary[2]).toBe(
      'Met de huidige bezetting is de kans 90% dat de WUP voor Oost vóór 1 januari 2028 door de raad is vastgesteld.',
    );
  });

  it('counts only milestones with a deadline', () => {
    expect(summary).toContain(
      '1 van de 2 mijlpalen met een uiterste datum hebben minder dan 50% kans om op tijd gehaald te worden.',
    );
  });

  it('sums the P50 shortfall through 2030 in fte-years (1,872 hours each), leaving 2031 out', () => {
    expect(summary).toContain(
      'Tot en met 2030 komt het programma naar verwachting (P50) 0,5 fte-jaar tekort; het grootste tekort is bij Participatie-/omgevingsmanager (0,5 fte-jaar).',
    );
  });

  it('advises the fte that covers the P80 peak, from its first quarter, with the yearly inhuur cost', () => {
    expect(summary).toContain(
      'Om het tekort met 80% zekerheid te dekken is indicatief 1,0 fte extra participatie-/omgevingsmanager nodig vanaf Q3 2030, ongeveer € 205.920 per jaar bij inhuur.',
    );
  });

  it('says plainly when there is no shortfall and gives no advice', () => {
    const none = buildCouncilReportContent(
      input({
        quarters: [
          {
            disciplineId: 'p',
            periods: ['2030-Q4'],
            capacity: [500],
            demandP50: [100],
            demandP80: [200],
            shortfallP50: [0],
            shortfallP80: [0],
          },
        ],
      }),
    );
    expect(none.summary).toContain('Tot en met 2030 is er naar verwachting (P50) geen tekort aan uren.');
    expect(none.advice).toEqual([]);
  });

  it('states the engine’s advice for the least likely council decision when the job could compute it', () => {
    const content = buildCouncilReportContent(
      input({
        engineAdvice: {
          reachesTarget: true,
          targetProbability: 0.8,
          simulations: 50,
          extra: [{ disciplineId: 'p', fte: 1.4, from: '2026-08-03', yearlyCostExternal: 288_288 }],
          yearlyCostExternal: 288_288,
          milestones: [{ milestoneId: 'm1', probabilityAfter: 0.82 }],
        },
      }),
    );
    expect(content.summary).toContain(
      'Met 1,4 fte extra participatie-/omgevingsmanager vanaf Q3 2026 stijgt de kans voor De Kruidenwijk naar 82% (doorgerekend met 50 simulaties).',
    );
    expect(content.summary).toContain(
      'Met die extra capaciteit heeft elk raadsbesluit over een WUP ten minste 80% kans om op tijd te zijn; dat kost ongeveer € 288.288 per jaar bij inhuur.',
    );
    expect(content.advice).toEqual([
      { discipline: 'Participatie-/omgevingsmanager', fte: 1.4, from: '2026-Q3', yearlyCost: 288_288 },
    ]);
  });
});
