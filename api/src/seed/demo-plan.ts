import type { InstantiatedPlan } from '@wijkkracht/planning';
import type { EmploymentType } from '../staff/staff-member.entity';
import type { TaskStatus } from '../tasks/task.entity';
import type { WijkStatus } from '../wijken/wijk.entity';
import { DemoProgramme, DemoWijk, FIRST_NAMES, LAST_NAMES } from './demo-programmes';

/*
 * What the demo seed writes, as plain rows: the seed stores them, and the calibration test turns
 * the same rows into the engine's input, so what the test measures is what a first start shows.
 */

/** Organisation settings of both demo gemeenten: default turnover 9 % a year (A&O fonds, domain.md). */
export const DEMO_ORGANISATION_SETTINGS = { turnoverRate: 0.09, goodFridayOff: false, closingDays: [] as string[] };

export interface DemoStaffRow {
  name: string;
  disciplineCode: string;
  secondaryDisciplineCode: string | null;
  teamName: string;
  contractHours: number;
  programmeShare: number;
  employmentType: EmploymentType;
  hourlyRate: number | null;
  startDate: string;
  endDate: string | null;
  fundingSource: string | null;
  fundingEndDate: string | null;
}

export interface DemoLeaveRow {
  /** Index into the staff rows. */
  staffIndex: number;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  reason: string;
}

export function demoStaffRows(p: DemoProgramme): DemoStaffRow[] {
  const rows: DemoStaffRow[] = [];
  let person = p.slug.length;
  for (const group of p.staff) {
    group.hours.forEach((hours, i) => {
      const external = i < (group.external ?? 0);
      const temporary = !external && !!group.temporary && i >= group.hours.length - group.temporary.count;
      rows.push({
        name: `${FIRST_NAMES[person % FIRST_NAMES.length]} ${LAST_NAMES[(person * 7) % LAST_NAMES.length]}`,
        disciplineCode: group.discipline,
        secondaryDisciplineCode: group.secondary && i < group.secondary.count ? group.secondary.discipline : null,
        teamName: group.team,
        contractHours: hours,
        // 0.8 of contract hours available to the programme (assumption within the Rijk's 73 % productive hours).
        programmeShare: external ? 1 : 0.8,
        employmentType: external ? 'external' : temporary ? 'temporary' : 'permanent',
        hourlyRate: external ? 110 : null,
        startDate: external ? '2025-09-01' : `20${18 + (person % 7)}-0${1 + (person % 9)}-01`,
        endDate: temporary ? group.temporary!.fundingEnd : external ? (group.externalUntil ?? '2027-08-31') : null,
        fundingSource: temporary ? 'CDOKE (Tijdelijke regeling capaciteit decentrale overheden)' : null,
        fundingEndDate: temporary ? group.temporary!.fundingEnd : null,
      });
      person++;
    });
  }
  return rows;
}

/** One maternity leave in 2027 (the second person of the team), so the plan shows leave too. */
export function demoLeaveRows(staff: DemoStaffRow[]): DemoLeaveRow[] {
  return [
    {
      staffIndex: 1,
      startDate: '2027-03-01',
      endDate: '2027-06-20',
      hoursPerWeek: staff[1].contractHours,
      reason: 'Zwangerschaps- en bevallingsverlof',
    },
  ];
}

export type DemoTaskProgress = { status: TaskStatus; hoursSpent: number };

/**
 * How far a wijk has come by today, as if every task since its planned start took the longest of
 * its duration range: the slow end of the typical ranges (domain.md), since the planning phase of
 * the PAW proeftuinen took longer than expected almost everywhere and 39 of 50 ran behind
 * (gemeente.nu 2022; EenVandaag 2023). That makes a WUP take about 2¾ years instead of the ~2 the
 * ROB and Gemeente Epe plan for. Finished tasks are done, running ones in progress with their hours
 * pro rata; a wijk that has not started has no progress.
 */
export function demoPlanProgress(demo: DemoWijk, plan: InstantiatedPlan, today: Date): Map<string, DemoTaskProgress> {
  const elapsedWeeks = (today.getTime() - Date.parse(`${demo.plannedStart}T00:00:00Z`)) / (7 * 86_400_000) - (demo.behindWeeks ?? 0);
  const byKey = new Map(plan.tasks.map((t) => [t.key, t]));
  const finish = new Map<string, number>();
  const finishOf = (key: string): number => {
    const known = finish.get(key);
    if (known !== undefined) return known;
    const start = Math.max(0, ...plan.dependencies.filter((d) => d.successor === key).map((d) => finishOf(d.predecessor) + d.lagWeeks));
    const end = start + byKey.get(key)!.maxDurationWeeks;
    finish.set(key, end);
    return end;
  };
  const progress = new Map<string, DemoTaskProgress>();
  for (const t of plan.tasks) {
    const end = finishOf(t.key);
    const start = end - t.maxDurationWeeks;
    if (end <= elapsedWeeks) progress.set(t.key, { status: 'done', hoursSpent: t.effortHours });
    else if (start < elapsedWeeks) {
      const share = (elapsedWeeks - start) / t.maxDurationWeeks;
      progress.set(t.key, { status: 'in_progress', hoursSpent: Math.round(t.effortHours * share) });
    } else progress.set(t.key, { status: 'planned', hoursSpent: 0 });
  }
  return progress;
}

export function demoWijkStatus(progress: Map<string, DemoTaskProgress>): WijkStatus {
  const statuses = [...progress.entries()];
  if (statuses.every(([, p]) => p.status === 'planned')) return 'not_started';
  if (progress.get('raadsbesluit')?.status === 'done') return 'in_execution';
  return 'in_progress';
}
