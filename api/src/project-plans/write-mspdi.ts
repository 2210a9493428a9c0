import { XMLBuilder } from 'fast-xml-parser';
import type { MspdiProject } from './mspdi-project';

const bit = (b: boolean) => (b ? 1 : 0);

/** MSPDI duration from hours, as MS Project writes it (`PT12H30M0S`). */
export function durationOf(hours: number): string {
  const sign = hours < 0 ? '-' : '';
  const totalSeconds = Math.round(Math.abs(hours) * 3600);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  return `${sign}PT${h}H${m}M${totalSeconds % 60}S`;
}

/**
 * Writes MSPDI (pure: no I/O) that MS Project and ProjectLibre open: elements in the order of the
 * MSPDI schema, a standard Monday–Friday calendar, outline numbers derived from the outline levels.
 */
export function writeMspdi(project: MspdiProject): string {
  const outlineNumbers = outlineNumbersOf(project.tasks.map((t) => t.outlineLevel));
  const workingDay = (day: number) => ({
    DayType: day,
    DayWorking: 1,
    WorkingTimes: {
      WorkingTime: [
        { FromTime: '08:00:00', ToTime: '12:00:00' },
        { FromTime: '13:00:00', ToTime: '17:00:00' },
      ],
    },
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8', '@_standalone': 'yes' },
    Project: {
      '@_xmlns': 'http://schemas.microsoft.com/project',
      Name: `${project.name}.xml`,
      Title: project.name,
      ScheduleFromStart: 1,
      ...(project.startDate ? { StartDate: project.startDate } : {}),
      CalendarUID: 1,
      MinutesPerDay: project.minutesPerDay,
      MinutesPerWeek: project.minutesPerWeek,
      DaysPerMonth: 20,
      Calendars: {
        Calendar: {
          UID: 1,
          Name: 'Standaard',
          IsBaseCalendar: 1,
          WeekDays: {
            WeekDay: [
              { DayType: 1, DayWorking: 0 },
              ...[2, 3, 4, 5, 6].map(workingDay),
              { DayType: 7, DayWorking: 0 },
            ],
          },
        },
      },
      Tasks: {
        Task: project.tasks.map((t, i) => ({
          UID: t.uid,
          ID: i + 1,
          Name: t.name,
          Type: 0,
          IsNull: 0,
          OutlineNumber: outlineNumbers[i],
          OutlineLevel: t.outlineLevel,
          ...(t.start ? { Start: t.start } : {}),
          ...(t.finish ? { Finish: t.finish } : {}),
          Duration: t.duration,
          DurationFormat: 7,
          Work: durationOf(t.workHours),
          Milestone: bit(t.milestone),
          Summary: bit(t.summary),
          PercentComplete: Math.round(t.percentComplete),
          ...(t.deadline ? { Deadline: t.deadline } : {}),
          ...(t.actualWorkHours ? { ActualWork: durationOf(t.actualWorkHours) } : {}),
          ...(t.links.length
            ? {
                PredecessorLink: t.links.map((l) => ({
                  PredecessorUID: l.predecessorUid,
                  Type: l.type,
                  CrossProject: 0,
                  LinkLag: l.lag,
                  LagFormat: l.lagFormat,
                })),
              }
            : {}),
        })),
      },
      Resources: {
        Resource: project.resources.map((r, i) => ({
          UID: r.uid,
          ID: i + 1,
          Name: r.name,
          Type: 1,
          ...(r.group ? { Group: r.group } : {}),
        })),
      },
      Assignments: {
        Assignment: project.assignments.map((a) => ({
          UID: a.uid,
          TaskUID: a.taskUid,
          ResourceUID: a.resourceUid,
          ...(a.finish ? { Finish: a.finish } : {}),
          ...(a.start ? { Start: a.start } : {}),
          Units: a.units,
          Work: durationOf(a.workHours),
        })),
      },
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
  });
  return builder.build(document) as string;
}

/** `1`, `1.1`, `1.2`, `2`, … from the outline levels in file order. */
function outlineNumbersOf(levels: number[]): string[] {
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = 0; i < level - 1; i++) counters[i] ??= 1;
    return counters.join('.');
  });
}
