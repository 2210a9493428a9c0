import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module';
import { ProgrammeMapper } from '../planning-input/programme.mapper';
import { RunsModule } from '../runs/runs.module';
import { AdviceRun } from './advice-run.entity';
import { AdviceRunsController } from './advice-runs.controller';
import { AdviceRunsService } from './advice-runs.service';
import { AdviceRunner } from './advice-runner';

/** Advice runs: the API side; and the runner the worker's processor calls. */
@Module({
  imports: [TypeOrmModule.forFeature([AdviceRun]), JobsModule, RunsModule],
  controllers: [AdviceRunsController],
  providers: [AdviceRunsService, AdviceRunner, ProgrammeMapper],
  exports: [AdviceRunsService, AdviceRunner, RunsModule],
})
export class AdviceRunsModule {}
