import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { reforecastJobId, type ReforecastOrganisationJobData } from '../jobs/forecast-job-payloads';
import { PLAN_CHANGE_DEBOUNCE_MS } from '../jobs/forecast-job-settings';
import { JOBS, QUEUES } from '../jobs/queue-names';

/**
 * Re-forecasts after plan changes, debounced: domain services call `afterPlanChange` on every
 * edit; one delayed job per organisation (fixed id) is pushed back by each new change, so a
 * burst of edits leads to one forecast after the last of them.
 */
@Injectable()
export class ReforecastScheduler {
  constructor(@InjectQueue(QUEUES.forecasts) private readonly queue: Queue<ReforecastOrganisationJobData>) {}

  async afterPlanChange(
    organisationId: string,
    delayMs = PLAN_CHANGE_DEBOUNCE_MS,
    simulations?: number,
  ): Promise<void> {
    await this.schedule(organisationId, 'plan-change', delayMs, simulations);
  }

  async schedule(
    organisationId: string,
    trigger: ReforecastOrganisationJobData['trigger'],
    delayMs: number,
    simulations?: number,
  ): Promise<void> {
    const id = reforecastJobId(organisationId);
    await this.queue.add(
      JOBS.reforecastOrganisation,
      { organisationId, trigger, ...(simulations ? { simulations } : {}) },
      {
        delay: delayMs,
        // Debounce mode: while the job waits, a new change replaces it and restarts the delay.
        deduplication: { id, ttl: Math.max(1, delayMs), extend: true, replace: true },
        attempts: 3,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: { age: 24 * 3600, count: 1000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }
}
