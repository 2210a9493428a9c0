import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module';
import { ProgrammeMapper } from '../planning-input/programme.mapper';
import { RunsModule } from '../runs/runs.module';
import { LevellingRun } from './levelling-run.entity';
import { LevellingRunsController } from './levelling-runs.controller';
import { LevellingRunsService } from './levelling-runs.service';
import { LevellingRunner } from './levelling-runner';

/** Levelling runs: the API side; and the runner the worker's processor calls. */
@Module({
  imports: [TypeOrmModule.forFeature([LevellingRun]), JobsModule, RunsModule],
  controllers: [LevellingRunsController],
  providers: [LevellingRunsService, LevellingRunner, ProgrammeMapper],
  exports: [LevellingRunsService, LevellingRunner, RunsModule],
})
export class LevellingRunsModule {}
