import { forecast, merge, prepareForecast, simulate, type Programme } from '@wijkkracht/planning';
import { joinPartials } from './join-partials';

/** Two wijken of three tasks: enough to see that a joined chunk merges like one run. */
function programme(): Programme {
  const tasks = ['a', 'b'].flatMap((w) => [
    {
      id: `${w}1`,
      wijkId: w,
      disciplineId: 'pl',
      effortHours: 100,
      estimate: { optimistic: 80, likely: 100, pessimistic: 200 },
      minDurationWeeks: 4,
      maxDurationWeeks: 8,
    },
    {
      id: `${w}2`,
      wijkId: w,
      disciplineId: 'tech',
      effortHours: 150,
      estimate: { optimistic: 120, likely: 150, pessimistic: 300 },
      minDurationWeeks: 5,
      maxDurationWeeks: 10,
      dependencies: [{ taskId: `${w}1` }],
    },
  ]);
  return {
    today: '2026-01-05',
    horizon: { start: '2026-01-05', end: '2027-12-31' },
    disciplines: [
      { id: 'pl', name: 'Projectleider' },
      { id: 'tech', name: 'Technisch adviseur' },
    ],
    staff: [
      { id: 's1', disciplineId: 'pl', contractHours: 36 },
      { id: 's2', disciplineId: 'tech', contractHours: 24 },
    ],
    wijken: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    tasks,
    milestones: [{ id: 'm', name: 'Klaar', taskId: 'b2', deadline: '2026-09-30' }],
  };
}

describe('joinPartials', () => {
  const prepared = prepareForecast({ programme: programme() });

  it('joins one-simulation partials of a chunk into the partial of the chunk', () => {
    const joined = joinPartials([3, 4, 5].map((s) => simulate(prepared, 9, { from: s, to: s + 1 })));
    const whole = simulate(prepared, 9, { from: 3, to: 6 });
    expect(joined.from).toBe(3);
    expect(joined.to).toBe(6);
    expect(Array.from(joined.demand)).toEqual(Array.from(whole.demand));
    expect(Array.from(joined.milestoneFinish)).toEqual(Array.from(whole.milestoneFinish));
  });

  it('gives chunks that merge into exactly one run of the engine', () => {
    const chunks = [
      joinPartials([0, 1, 2].map((s) => simulate(prepared, 9, { from: s, to: s + 1 }))),
      simulate(prepared, 9, { from: 3, to: 7 }),
    ];
    expect(JSON.stringify(merge(prepared, chunks))).toBe(JSON.stringify(forecast(prepared, 9, 7)));
  });

  it('refuses gaps', () => {
    expect(() =>
      joinPartials([simulate(prepared, 9, { from: 0, to: 1 }), simulate(prepared, 9, { from: 2, to: 3 })]),
    ).toThrow(/consecutive/);
  });
});
