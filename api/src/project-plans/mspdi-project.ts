/** A Microsoft Project XML (MSPDI) plan as far as Wijkkracht reads and writes it. */

/** MSPDI link types. */
export const LINK_TYPES = { FF: 0, FS: 1, SF: 2, SS: 3 } as const;

export interface MspdiLink {
  predecessorUid: number;
  /** 0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3 start-to-start. */
  type: number;
  /** Tenths of a minute (or of a percent for the percent formats), as MSPDI stores it. */
  lag: number;
  lagFormat: number;
}

export interface MspdiTask {
  uid: number;
  name: string;
  outlineLevel: number;
  summary: boolean;
  milestone: boolean;
  /** ISO 8601 duration exactly as in the file (e.g. `PT57H8M24S`), so a round trip keeps it. */
  duration: string;
  durationHours: number;
  workHours: number;
  actualWorkHours: number;
  percentComplete: number;
  start: string | null;
  finish: string | null;
  deadline: string | null;
  links: MspdiLink[];
}

export interface MspdiResource {
  uid: number;
  name: string;
  group: string | null;
}

export interface MspdiAssignment {
  uid: number;
  taskUid: number;
  resourceUid: number;
  units: number;
  workHours: number;
  start: string | null;
  finish: string | null;
}

export interface MspdiProject {
  name: string;
  startDate: string | null;
  minutesPerDay: number;
  minutesPerWeek: number;
  /** Real tasks in file order: the project summary (UID 0) and blank (null) rows left out. */
  tasks: MspdiTask[];
  resources: MspdiResource[];
  assignments: MspdiAssignment[];
}
