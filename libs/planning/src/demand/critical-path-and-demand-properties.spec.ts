import fc from 'fast-check';
import { criticalPath } from './critical-path';
import { compileProgramme } from './programme-model';
import { smallProgramme, task } from './programme.fixture';
import { weeklyDemand } from './weekly-demand';

const randomProgramme = fc
  .array(
    fc.record({
      effort: fc.integer({ min: 0, max: 300 }),
      weeks: fc.integer({ min: 1, max: 10 }),
      deps: fc.array(
        fc.record({ back: fc.integer({ min: 1, max: 6 }), lag: fc.integer({ min: 0, max: 3 }) }),
        { maxLength: 3 },
      ),
      release: fc.integer({ min: 0, max: 20 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) =>
    smallProgramme(
      rows.map((r, i) =>
        task(
          `T${i}`,
          r.effort,
          r.weeks,
          r.deps.filter((d) => d.back <= i).map((d) => [`T${i - d.back}`, d.lag] as [string, number]),
          {
            earliestStart: `2026-0${1 + Math.floor(r.release / 5)}-${String(5 + (r.release % 5)).padStart(2, '0')}`,
          },
        ),
      ),
    ),
  );

describe('critical path and demand on random programmes (properties)', () => {
  it('starts every task after its predecessors and release, with slack ≥ 0 and a zero-slack chain', () => {
    fc.assert(
      fc.property(randomProgramme, (programme) => {
        const model = compileProgramme(programme);
        const cpm = criticalPath(model);
        let critical = 0;
        for (let i = 0; i < model.taskIds.length; i++) {
          expect(cpm.earliestStart[i]).toBeGreaterThanOrEqual(model.release[i]);
          expect(cpm.slack[i]).toBeGreaterThanOrEqual(0);
          expect(cpm.latestFinish[i]).toBeLessThanOrEqual(cpm.projectFinish);
          if (cpm.critical[i]) critical++;
          for (let q = model.predStart[i]; q < model.predStart[i + 1]; q++) {
            const p = model.predTask[q];
            expect(cpm.earliestStart[i]).toBeGreaterThanOrEqual(cpm.earliestFinish[p] + model.predLag[q]);
            expect(cpm.latestStart[i]).toBeGreaterThanOrEqual(cpm.latestFinish[p] + model.predLag[q]);
          }
        }
        expect(critical).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('asks exactly each task’s rate times the working-day share of the weeks it runs', () => {
    fc.assert(
      fc.property(randomProgramme, (programme) => {
        const model = compileProgramme(programme);
        const cpm = criticalPath(model);
        const demand = weeklyDemand(model, cpm.earliestStart, model.minDuration);
        let expected = 0;
        for (let i = 0; i < model.taskIds.length; i++) {
          for (let w = cpm.earliestStart[i]; w < cpm.earliestFinish[i]; w++) {
            expected += (model.effort[i] / model.minDuration[i]) * model.calendar.share[w];
          }
        }
        const total = demand.reduce((s, series) => s + series.reduce((a, b) => a + b, 0), 0);
        expect(total).toBeCloseTo(expected, 6);
      }),
      { numRuns: 100 },
    );
  });
});
