import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Operations figures of the job queues for admins. */
@Module({ imports: [JobsModule], controllers: [MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
