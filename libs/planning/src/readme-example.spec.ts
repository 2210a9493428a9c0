// The example of libs/planning/README.md, kept runnable (with fewer simulations, to stay quick).
import {
  compileProgramme,
  unconstrainedPlan,
  levelProgramme,
  forecast,
  adviseCapacity,
  type Programme,
} from './index';

const programme: Programme = {
  today: '2026-01-05',
  horizon: { start: '2026-01-05', end: '2050-12-31' },
  calendar: { holidays: { goodFriday: false }, closingDays: ['2026-12-31'] },
  disciplines: [
    { id: 'pl', name: 'Projectleider wijkaanpak' },
    { id: 'tech', name: 'Technisch adviseur warmte', vacancyLeadWeeks: 20 },
  ],
  staff: [
    { id: 'anna', disciplineId: 'pl', contractHours: 36, programmeShare: 0.8 },
    {
      id: 'bas',
      disciplineId: 'tech',
      contractHours: 32,
      fundedUntil: '2027-12-31',
      leave: [{ from: '2026-07-20', to: '2026-08-07' }],
    },
  ],
  wijken: [{ id: 'noord', name: 'Noord', homes: 800, phases: [{ id: 'techniek', name: 'Techniek' }] }],
  tasks: [
    {
      id: 'analyse',
      wijkId: 'noord',
      phaseId: 'techniek',
      disciplineId: 'tech',
      effortHours: 300,
      estimate: { optimistic: 255, likely: 300, pessimistic: 450 },
      minDurationWeeks: 12,
      maxDurationWeeks: 24,
    },
    {
      id: 'raad',
      wijkId: 'noord',
      disciplineId: 'pl',
      effortHours: 80,
      minDurationWeeks: 4,
      dependencies: [{ taskId: 'analyse', lagWeeks: 2 }],
    },
  ],
  milestones: [{ id: 'wup', name: 'WUP vastgesteld door de raad', taskId: 'raad', deadline: '2026-12-31' }],
};

const model = compileProgramme(programme); // throws ProgrammeInputError { field, rule, issues } on bad input
const asked = unconstrainedPlan(model); // cpm, demand, capacity, gap, shortfall per discipline × week
const plan = levelProgramme(programme, { schedules: 1000, seed: 1 }); // JSON: tasks, unschedulable, milestones, overloads, lateness, diff
const result = forecast({ programme }, 42, 100); // JSON: P10/P50/P80/P90 per discipline × period, milestone chances
const advice = adviseCapacity(
  { programme },
  { targetProbability: 0.8, internalHourlyRate: 80, simulations: 50 },
);

describe('the README example', () => {
  it('runs end to end and returns plain data', () => {
    expect(model.weeks).toBeGreaterThan(1290);
    expect(asked.milestones[0].milestoneId).toBe('wup');
    expect(plan.tasks.map((t) => t.taskId)).toEqual(['analyse', 'raad']);
    expect(result.milestones[0].probabilityOnTime).toBeGreaterThan(0);
    expect(advice.targetProbability).toBe(0.8);
    for (const x of [plan, result, advice]) expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
});
