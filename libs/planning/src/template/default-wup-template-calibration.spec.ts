import { DEFAULT_WUP_TEMPLATE } from './default-wup-template';
import { instantiateTemplate, validateTemplate } from './instantiate-template';

const FTE_YEAR_HOURS = 36 * 52; // CAO Gemeenten: 36 h a week = 1 fte

describe('default WUP template, calibrated to the ROB/AEF figures (±25 %)', () => {
  const plan = instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 800, participationIntensity: 1 });
  const hours = (phases: string[]) =>
    plan.tasks.filter((t) => phases.includes(t.phase)).reduce((sum, t) => sum + t.effortHours, 0);

  it('is a valid template', () => {
    expect(validateTemplate(DEFAULT_WUP_TEMPLATE)).toEqual([]);
  });

  it('needs about 3 fte-years from initiatief to raadsbesluit for 800 homes', () => {
    const fteYears = hours(['initiatief', 'participatie', 'techniek', 'ruimtelijk', 'besluitvorming']) / FTE_YEAR_HOURS;
    expect(fteYears).toBeGreaterThanOrEqual(3 * 0.75);
    expect(fteYears).toBeLessThanOrEqual(3 * 1.25);
  });

  it('needs about 2 fte a year in six years of uitvoering', () => {
    const ftePerYear = hours(['uitvoering']) / FTE_YEAR_HOURS / 6;
    expect(ftePerYear).toBeGreaterThanOrEqual(2 * 0.75);
    expect(ftePerYear).toBeLessThanOrEqual(2 * 1.25);
  });

  it('scales uitvoering with homes less than in proportion: per-wijk regie, communication and monitoring', () => {
    const uitvoering = (homes: number) =>
      instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes, participationIntensity: 1 })
        .tasks.filter((t) => t.phase === 'uitvoering')
        .reduce((sum, t) => sum + t.effortHours, 0);
    const ratio = uitvoering(2600) / uitvoering(800);
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(2600 / 800 - 1);
  });

  it('ends the besluitvorming in the council milestone', () => {
    expect(plan.milestones.map((m) => [m.task, m.kind])).toEqual([
      ['raadsbesluit', 'council_decision'],
      ['monitoring', 'gas_free'],
    ]);
  });
});

describe('instantiateTemplate', () => {
  it('scales resident-facing effort with participation intensity, technical effort not', () => {
    const normal = instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 800, participationIntensity: 1 });
    const intense = instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 800, participationIntensity: 1.5 });
    const effort = (p: typeof normal, key: string) => p.tasks.find((t) => t.key === key)!.effortHours;
    expect(effort(intense, 'bewonersavonden')).toBeCloseTo(effort(normal, 'bewonersavonden') * 1.5, 2);
    expect(effort(intense, 'technische-analyse')).toBe(effort(normal, 'technische-analyse'));
  });

  it('grows effort with the number of homes', () => {
    const small = instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 500, participationIntensity: 1 });
    const large = instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 3000, participationIntensity: 1 });
    const total = (p: typeof small) => p.tasks.reduce((s, t) => s + t.effortHours, 0);
    expect(total(large)).toBeGreaterThan(total(small));
  });

  it('keeps every three-point estimate ordered', () => {
    const plan = instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 1200, participationIntensity: 1.2 });
    for (const t of plan.tasks) {
      expect(t.effortOptimistic).toBeLessThanOrEqual(t.effortHours);
      expect(t.effortHours).toBeLessThanOrEqual(t.effortPessimistic);
    }
  });

  it('refuses a template with a dependency cycle, naming the cycle', () => {
    const cyclic = {
      phases: [
        {
          key: 'p',
          name: 'P',
          tasks: [
            { ...DEFAULT_WUP_TEMPLATE.phases[0].tasks[0], key: 'a', dependsOn: [{ task: 'b', lagWeeks: 0 }] },
            { ...DEFAULT_WUP_TEMPLATE.phases[0].tasks[0], key: 'b', dependsOn: [{ task: 'a', lagWeeks: 0 }] },
          ],
        },
      ],
    };
    expect(() => instantiateTemplate(cyclic, { homes: 100, participationIntensity: 1 })).toThrow(/cycle: a → b → a|cycle: b → a → b/);
  });

  it('refuses a wijk without homes', () => {
    expect(() => instantiateTemplate(DEFAULT_WUP_TEMPLATE, { homes: 0, participationIntensity: 1 })).toThrow(/homes/);
  });
});
