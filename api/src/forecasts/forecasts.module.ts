import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module';
import { FLOWS } from '../jobs/queue-names';
import { ProgrammeMapper } from '../planning-input/programme.mapper';
import { RunsModule } from '../runs/runs.module';
import { ForecastFlow } from './forecast-flow';
import { ForecastProgress } from './forecast-progress';
import { ForecastRun } from './forecast-run.entity';
import { ForecastStore } from './forecast-store';
import { ForecastsController } from './forecasts.controller';
import { ForecastsService } from './forecasts.service';
import { LocalChunks } from './local-chunks';
import { PreparedForecastCache } from './prepared-forecast-cache';
import { ReforecastScheduler } from './reforecast-scheduler';

/**
 * Forecast runs: the API side (start, read, cancel, stream, slices) and what the worker's
 * processors use (store, progress, flow). The processors themselves belong to WorkerModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ForecastRun]),
    JobsModule,
    RunsModule,
    BullModule.registerFlowProducer({ name: FLOWS.forecasts }),
  ],
  controllers: [ForecastsController],
  providers: [
    ForecastsService,
    ForecastStore,
    ForecastProgress,
    ForecastFlow,
    ReforecastScheduler,
    ProgrammeMapper,
    PreparedForecastCache,
    { provide: LocalChunks, useFactory: () => new LocalChunks() },
  ],
  exports: [
    ForecastsService,
    ForecastStore,
    ForecastProgress,
    ForecastFlow,
    ReforecastScheduler,
    RunsModule,
    PreparedForecastCache,
    LocalChunks,
  ],
})
export class ForecastsModule {}
