import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MspdiAssignment, MspdiLink, MspdiProject, MspdiResource, MspdiTask } from './mspdi-project';

/** Why a file is not a readable MSPDI plan, in Dutch, for a 400 answer. */
export class MspdiError extends Error {}

const ARRAYS = new Set([
  'Project.Tasks.Task',
  'Project.Tasks.Task.PredecessorLink',
  'Project.Resources.Resource',
  'Project.Assignments.Assignment',
]);

type Node = Record<string, unknown>;

/** Parses MSPDI text (pure: no I/O); throws MspdiError for anything that is not well-formed MSPDI. */
export function readMspdi(text: string): MspdiProject {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new MspdiError(
      `Het bestand is geen geldige XML (regel ${valid.err.line}, kolom ${valid.err.col}: ${valid.err.msg})`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    // A DOCTYPE may declare entities; MSPDI needs none, so none are expanded.
    processEntities: false,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  });
  const root = parser.parse(text) as Node;
  const project = root.Project as Node | undefined;
  if (!project || typeof project !== 'object') {
    throw new MspdiError(
      'Het bestand is geen Microsoft Project XML (MSPDI): het hoofdelement <Project> ontbreekt',
    );
  }
  const minutesPerDay = num(project.MinutesPerDay, 480);
  const minutesPerWeek = num(project.MinutesPerWeek, 2400);
  const tasksNode = (project.Tasks as Node | undefined)?.Task as Node[] | undefined;
  const tasks: MspdiTask[] = [];
  const uids = new Set<number>();
  for (const t of tasksNode ?? []) {
    const uid = int(t.UID, 'Task/UID');
    if (uid === 0 || flag(t.IsNull)) continue; // the project summary and blank rows carry no work
    if (uids.has(uid)) throw new MspdiError(`Taak-UID ${uid} komt meer dan eens voor`);
    uids.add(uid);
    const duration = str(t.Duration) ?? 'PT0H0M0S';
    tasks.push({
      uid,
      name: (str(t.Name) ?? `Taak ${uid}`).slice(0, 300),
      outlineLevel: Math.max(1, num(t.OutlineLevel, 1)),
      summary: flag(t.Summary),
      milestone: flag(t.Milestone),
      duration,
      durationHours: hours(duration, 'Duration'),
      workHours: hours(str(t.Work), 'Work'),
      actualWorkHours: hours(str(t.ActualWork), 'ActualWork'),
      percentComplete: Math.min(100, Math.max(0, num(t.PercentComplete, 0))),
      start: str(t.Start),
      finish: str(t.Finish),
      deadline: str(t.Deadline),
      links: ((t.PredecessorLink as Node[] | undefined) ?? []).map((l): MspdiLink => ({
        predecessorUid: int(l.PredecessorUID, 'PredecessorLink/PredecessorUID'),
        type: num(l.Type, 1),
        lag: num(l.LinkLag, 0),
        lagFormat: num(l.LagFormat, 7),
      })),
    });
  }
  const resources: MspdiResource[] = [];
  for (const r of ((project.Resources as Node | undefined)?.Resource as Node[] | undefined) ?? []) {
    const uid = int(r.UID, 'Resource/UID');
    const name = str(r.Name);
    // UID 0 is MS Project's unnamed placeholder resource.
    if (uid === 0 && !name) continue;
    resources.push({ uid, name: (name ?? `Resource ${uid}`).slice(0, 200), group: str(r.Group) });
  }
  const assignments: MspdiAssignment[] = [];
  for (const a of ((project.Assignments as Node | undefined)?.Assignment as Node[] | undefined) ?? []) {
    assignments.push({
      uid: int(a.UID, 'Assignment/UID'),
      taskUid: int(a.TaskUID, 'Assignment/TaskUID'),
      resourceUid: int(a.ResourceUID, 'Assignment/ResourceUID'),
      units: num(a.Units, 1),
      workHours: hours(str(a.Work), 'Assignment/Work'),
      start: str(a.Start),
      finish: str(a.Finish),
    });
  }
  return {
    name: str(project.Title) ?? str(project.Name) ?? 'Projectplan',
    startDate: str(project.StartDate),
    minutesPerDay,
    minutesPerWeek,
    tasks,
    resources,
    assignments,
  };
}

/** Hours of an ISO 8601 duration as MSPDI writes them (`PT8H0M0S`, `P2DT4H`, possibly negative). */
export function hours(value: string | null, field: string): number {
  if (value === null || value === '') return 0;
  const m =
    /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      value,
    );
  if (!m) throw new MspdiError(`${field} "${value}" is geen ISO 8601-duur zoals PT8H0M0S`);
  const [, neg, y, mo, d, h, mi, s] = m.map((x) => (x === undefined ? 0 : x)) as (string | number)[];
  // Calendar units are rare in MSPDI; they count as 8-hour days, 20-day months.
  const total =
    Number(y) * 12 * 20 * 8 +
    Number(mo) * 20 * 8 +
    Number(d) * 8 +
    Number(h) +
    Number(mi) / 60 +
    Number(s) / 3600;
  return neg ? -total : total;
}

function str(value: unknown): string | null {
  if (value === undefined || value === null || typeof value === 'object') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function num(value: unknown, fallback: number): number {
  const text = str(value);
  if (text === null) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new MspdiError(`"${text}" is geen getal`);
  return n;
}

function int(value: unknown, field: string): number {
  const text = str(value);
  if (text === null || !/^-?\d+$/.test(text))
    throw new MspdiError(`${field} ontbreekt of is geen heel getal`);
  return Number(text);
}

function flag(value: unknown): boolean {
  const text = str(value);
  return text === '1' || text === 'true';
}
