import { Processor } from '@nestjs/bullmq';
import { AdviceRunner } from '../advice-runs/advice-runner';
import { RunLifecycle } from '../runs/run-lifecycle';
import { PlanningRunProcessor } from './planning-run.processor';
import { JOBS, QUEUES } from './queue-names';
import { PLANNING_RUN_WORKER } from './run-job-settings';

/** Advice runs: the engine's search one evaluation at a time, with progress; stored once. */
@Processor(QUEUES.advice, PLANNING_RUN_WORKER)
export class AdviceRunProcessor extends PlanningRunProcessor {
  protected readonly kind = 'advice' as const;
  protected readonly jobName = JOBS.adviceRun;

  constructor(
    lifecycle: RunLifecycle,
    private readonly runner: AdviceRunner,
  ) {
    super(lifecycle);
  }

  protected compute(runId: string) {
    return this.runner.run(runId);
  }
}
