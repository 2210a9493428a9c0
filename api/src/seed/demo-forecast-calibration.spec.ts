import { forecast, type ForecastResult } from '@wijkkracht/planning';
import { demoProgrammeInput } from './demo-programme-input';
import { DEMO_PROGRAMMES, type DemoProgramme } from './demo-programmes';

/*
 * What a forecast of each demo gemeente shows on first start: a plan that is tight but mostly feasible
 * (issue 2). The engine runs on the same rows the seed writes, with 200 simulations and seed 1, as of
 * the calibration date and a quarter later (the seed places its history relative to today).
 */
const FTE_YEAR = 36 * 52;

function run(p: DemoProgramme, today: string) {
  const programme = demoProgrammeInput(p, today);
  const result: ForecastResult = forecast({ programme, options: { granularities: ['year'] } }, 1, 200);
  const wijkOfTask = new Map(programme.tasks.map((t) => [t.id, t.wijkId!]));
  const wijkIndex = new Map(programme.wijken.map((w, i) => [w.id, i]));
  const milestones = result.milestones.map((m) => {
    const task = programme.milestones!.find((pm) => pm.id === m.milestoneId)!.taskId;
    const wijk = p.wijken[wijkIndex.get(wijkOfTask.get(task)!)!];
    return { ...m, wijk, council: task.endsWith(':raadsbesluit') };
  });
  return { result, milestones };
}

describe.each(DEMO_PROGRAMMES.map((p) => [p.name, p] as const))('forecast of the demo %s', (_, p) => {
  describe.each(['2026-11-23', '2027-03-01'])('as of %s', (today) => {
    const { result, milestones } = run(p, today);

    it('gives most milestones a P50 date', () => {
      const dated = milestones.filter((m) => m.p50 !== null).length;
      expect(dated / milestones.length).toBeGreaterThanOrEqual(0.8);
    });

    it('dates every startwijk council decision, some safe and at least one at real risk', () => {
      const startwijken = milestones.filter((m) => m.council && m.wijk.wave === 0);
      expect(startwijken.length).toBeGreaterThan(0);
      expect(startwijken.every((m) => m.p50 !== null)).toBe(true);
      expect(startwijken.some((m) => m.probabilityOnTime > 0.2 && m.probabilityOnTime < 0.98)).toBe(true);
      expect(startwijken.some((m) => m.probabilityOnTime >= 0.5)).toBe(true);
    });

    it('makes the later waves mostly feasible', () => {
      const later = milestones.filter((m) => m.council && m.wijk.wave >= 2);
      expect(later.every((m) => m.p50 !== null)).toBe(true);
      expect(later.filter((m) => m.probabilityOnTime >= 0.5).length / later.length).toBeGreaterThanOrEqual(0.5);
    });

    it('shows a shortfall of at least one fte in some discipline while the startwijken go into uitvoering', () => {
      const years = result.periods.year!;
      const crunch = years.map((y, i) => [y, i] as const).filter(([y]) => y >= '2027' && y <= '2032');
      const peak = Math.max(...result.shortfall.year!.p50.flatMap((row) => crunch.map(([, i]) => row[i] / FTE_YEAR)));
      expect(peak).toBeGreaterThan(1);
    });
  });
});
