import type { ResourceMeta } from './resource';

export const TASK_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task extends ResourceMeta {
  wijkId: string;
  phase: string;
  templateKey?: string | null;
  name: string;
  disciplineId: string;
  effortOptimistic: number;
  /** Most likely effort in hours. */
  effortHours: number;
  effortPessimistic: number;
  minDurationWeeks: number;
  maxDurationWeeks: number;
  earliestStart: string | null;
  status: TaskStatus;
  hoursSpent: number;
  pinnedStart: string | null;
  pinnedEnd: string | null;
  sequence: number;
}

/** A partial update of a task; `version` is the one read (409 when stale). */
export type UpdateTaskRequest = Partial<
  Pick<Task, 'earliestStart' | 'pinnedStart' | 'pinnedEnd' | 'minDurationWeeks' | 'maxDurationWeeks' | 'status'>
> & { version: number };

/** Finish-to-start: the successor starts no earlier than the predecessor's finish plus the lag. */
export interface TaskDependency extends ResourceMeta {
  predecessorId: string;
  successorId: string;
  lagWeeks: number;
}
