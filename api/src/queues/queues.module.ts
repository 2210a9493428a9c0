import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MetricsModule } from '../metrics/metrics.module';
import { RunsModule } from '../runs/runs.module';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';

/** The queue dashboard for admins. */
@Module({
  imports: [JobsModule, MetricsModule, RunsModule],
  controllers: [QueuesController],
  providers: [QueuesService],
})
export class QueuesModule {}
