import type { RunKind } from '../runs/run-events';

/** Payload of a levelling or advice job: ids only, the input lives in PostgreSQL (a snapshot per run). */
export interface RunJobData {
  runId: string;
  /** Whose run it is: the queue dashboard shows an organisation only its own jobs. */
  organisationId: string;
}

/** The job id derives from the run, so queueing the same run twice adds nothing (BullMQ ids may not contain ':'). */
export function runJobId(kind: RunKind, runId: string): string {
  return `${kind}-run-${runId}`;
}
