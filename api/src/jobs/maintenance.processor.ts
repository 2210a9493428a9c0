import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { TokenService } from '../auth/token.service';
import { JOBS, QUEUES } from './queue-names';

/** Housekeeping that no request should wait for: removing expired and revoked sign-in tokens hourly. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly tokens: TokenService,
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // Upserting is idempotent, so every worker may do it and there is still one schedule.
    await this.queue.upsertJobScheduler(JOBS.purgeExpiredTokens, { every: 3600_000 }, { name: JOBS.purgeExpiredTokens });
  }

  async process(job: Job): Promise<{ purged: number }> {
    if (job.name !== JOBS.purgeExpiredTokens) throw new Error(`unknown job ${job.name}`);
    const purged = await this.tokens.purgeExpired();
    this.logger.log({ purged }, 'purged expired tokens');
    return { purged };
  }
}
