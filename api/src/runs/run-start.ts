import { Logger, ServiceUnavailableException } from '@nestjs/common';
import type { RunStatus } from '@wijkkracht/contracts';
import { QueryFailedError } from 'typeorm';
import { problem } from '../common/problem';

/** BullMQ waits for a lost Redis to return; a request should not. */
export const ENQUEUE_TIMEOUT_MS = 5_000;

export interface StartedRun {
  id: string;
  status: RunStatus;
  reused: boolean;
}

/**
 * Starts a run or reuses the live or completed one with the same input fingerprint: two equal
 * requests at once meet at the unique index and share one run. A run whose job cannot be queued
 * (Redis down) is failed with the reason and the caller gets 503 within a few seconds.
 */
export async function startOrReuse<R extends { id: string; status: RunStatus }>(steps: {
  reusable: () => Promise<R | null>;
  insert: () => Promise<R>;
  enqueue: (run: R) => Promise<unknown>;
  fail: (run: R, reason: string) => Promise<unknown>;
  logger: Logger;
  /** Dutch, for the reason stored with a run that could not be queued: "de prognose", "de planning". */
  what: string;
}): Promise<StartedRun> {
  const existing = await steps.reusable();
  if (existing) return { id: existing.id, status: existing.status, reused: true };
  let run: R;
  try {
    run = await steps.insert();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await steps.reusable();
    if (!winner) throw error;
    return { id: winner.id, status: winner.status, reused: true };
  }
  try {
    await withTimeout(steps.enqueue(run), ENQUEUE_TIMEOUT_MS);
  } catch (error) {
    steps.logger.error({ err: error, runId: run.id }, 'could not enqueue run');
    await steps.fail(run, `De wachtrij (Redis) was niet bereikbaar; ${steps.what} is niet gestart.`);
    throw new ServiceUnavailableException(
      problem(503, 'De wachtrij is tijdelijk niet bereikbaar. Probeer het later opnieuw.'),
    );
  }
  return { id: run.id, status: 'queued', reused: false };
}

/** Rejects when `promise` takes longer than `ms`; a late success is harmless (the run is failed, its jobs skip). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
