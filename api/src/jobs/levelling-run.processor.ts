import { Processor } from '@nestjs/bullmq';
import { LevellingRunner } from '../levelling-runs/levelling-runner';
import { RunLifecycle } from '../runs/run-lifecycle';
import { PlanningRunProcessor } from './planning-run.processor';
import { JOBS, QUEUES } from './queue-names';
import { PLANNING_RUN_WORKER } from './run-job-settings';

/** Levelling runs: level the run's input snapshot, compare with the previous levelling, store once. */
@Processor(QUEUES.levelling, PLANNING_RUN_WORKER)
export class LevellingRunProcessor extends PlanningRunProcessor {
  protected readonly kind = 'levelling' as const;
  protected readonly jobName = JOBS.levellingRun;

  constructor(
    lifecycle: RunLifecycle,
    private readonly runner: LevellingRunner,
  ) {
    super(lifecycle);
  }

  protected compute(runId: string) {
    return this.runner.run(runId);
  }
}
