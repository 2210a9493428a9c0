import { merge, mergeSteps, type MergeProgress } from './merge-partials';
import { prepareForecast } from './forecast-input';
import { simulate } from './simulate';
import { forecastProgramme } from './forecast.fixture';

describe('a merge step by step', () => {
  it.each([
    ['by week (every granularity a table of its own)', ['week', 'month', 'quarter', 'year'] as const],
    ['by month (quarters and years summed from months)', ['month', 'quarter', 'year'] as const],
  ])('%s: yields steady progress and returns exactly what merge returns', (_name, granularities) => {
    const prepared = prepareForecast({
      programme: forecastProgramme(),
      options: { granularities: [...granularities] },
    });
    const partials = [0, 10, 20].map((from) => simulate(prepared, 5, { from, to: from + 10 }));
    const steps = mergeSteps(prepared, partials);
    const seen: MergeProgress[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) seen.push(next.value);
    expect(JSON.stringify(next.value)).toBe(JSON.stringify(merge(prepared, partials)));
    // One step after another, to the total announced from the first.
    const total = seen[0].total;
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: total }, (_, k) => k + 1));
    expect(seen.every((p) => p.total === total)).toBe(true);
    // Many small steps, not one: each block of cells, each partial regrouped, each milestone.
    const milestones = prepared.model.milestones.length;
    expect(total).toBeGreaterThan(milestones + 2 * granularities.length);
  });
});
