import { InjectQueue } from '@nestjs/bullmq';
import { ConflictException, Inject, Logger, NotFoundException, Type } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RUN_STATUS_TEXTS, type Page, type RunBase, type StartedRunResponse } from '@wijkkracht/contracts';
import type { Programme } from '@wijkkracht/planning';
import { Queue } from 'bullmq';
import { In, Repository } from 'typeorm';
import { problem } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { forecastFingerprint } from '../forecasts/forecast-fingerprint';
import { RunJobData, runJobId } from '../jobs/run-job-payloads';
import type { ListForecastsQuery } from '../forecasts/dto/list-forecasts.query';
import { ProgrammeMapper } from '../planning-input/programme.mapper';
import type { RunKind } from './run-events';
import { QUEUED_PHASE, RunLifecycle } from './run-lifecycle';
import type { RunRecord } from './run-record.entity';
import { startOrReuse } from './run-start';

/** Retries with exponential back-off: transient errors (database restart, lost lock) heal themselves. */
export const RUN_JOB_ATTEMPTS = 3;

/**
 * Start (or reuse by fingerprint), read, list and cancel for a kind of run that is one job on a
 * queue of its own: levelling and advice. Computing happens in the worker.
 */
export abstract class PlanningRunsService<
  E extends RunRecord<P, R>,
  P extends object,
  R extends object,
  D extends RunBase,
> {
  protected abstract readonly kind: RunKind;
  /** "Deze planning bestaat niet." */
  protected abstract readonly notFoundDetail: string;
  /** Dutch, with article: "de planning". */
  protected abstract readonly what: string;
  protected abstract readonly jobName: string;
  protected readonly logger = new Logger(this.constructor.name);

  constructor(
    protected readonly runs: Repository<E>,
    protected readonly lifecycle: RunLifecycle,
    protected readonly queue: Queue<RunJobData>,
    protected readonly config: AppConfig,
  ) {}

  protected abstract toDto(run: E, withResult: boolean): D;

  /** Starts a run of `input` with `parameters`, or reuses the one with the same fingerprint. */
  protected start(
    organisationId: string,
    requestedBy: string | null,
    scenarioId: string | null,
    seed: number,
    parameters: P,
    input: Programme,
    extra: Partial<E> = {},
  ): Promise<StartedRunResponse> {
    const fingerprint = forecastFingerprint(
      { kind: this.kind, programme: input },
      { ...parameters, seed, scenarioId },
    );
    return startOrReuse({
      reusable: () =>
        this.runs.findOne({
          where: { organisationId, fingerprint, status: In(['queued', 'running', 'completed']) } as never,
        }),
      insert: () =>
        this.runs.save(
          this.runs.create({
            ...extra,
            organisationId,
            scenarioId,
            seed,
            parameters,
            fingerprint,
            input,
            status: 'queued',
            progress: 0,
            phase: QUEUED_PHASE,
            requestedBy,
            queuePrefix: this.config.queuePrefix,
          } as never) as unknown as E,
        ),
      enqueue: (run) =>
        this.queue.add(
          this.jobName,
          { runId: run.id, organisationId },
          {
            jobId: runJobId(this.kind, run.id),
            attempts: RUN_JOB_ATTEMPTS,
            backoff: { type: 'exponential', delay: 2000 },
            removeOnComplete: { age: 24 * 3600, count: 1000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        ),
      fail: (run, reason) => this.lifecycle.fail(this.kind, run.id, reason),
      logger: this.logger,
      what: this.what,
    });
  }

  async get(organisationId: string, id: string): Promise<D> {
    return this.toDto(await this.find(organisationId, id), true);
  }

  protected async find(organisationId: string, id: string): Promise<E> {
    const run = await this.runs.findOneBy({ id, organisationId } as never);
    if (!run) throw new NotFoundException(problem(404, this.notFoundDetail));
    return run;
  }

  async list(organisationId: string, query: ListForecastsQuery): Promise<Page<D>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [items, total] = await this.runs.findAndCount({
      where: { organisationId, ...(query.status ? { status: query.status } : {}) } as never,
      order: { createdAt: 'DESC', id: 'ASC' } as never,
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: items.map((r) => this.toDto(r, false)), page, pageSize, total };
  }

  async cancel(organisationId: string, id: string): Promise<D> {
    const run = await this.find(organisationId, id);
    if (!(await this.lifecycle.cancel(this.kind, id))) {
      throw new ConflictException(
        problem(409, `Deze run is al ${RUN_STATUS_TEXTS[run.status]} en kan niet meer worden geannuleerd.`),
      );
    }
    // A waiting job is taken out; a running one sees the cancellation at its next check and stops.
    await this.queue
      .remove(runJobId(this.kind, id))
      .catch((error) => this.logger.warn({ err: error, runId: id }, 'could not remove cancelled job'));
    return this.get(organisationId, id);
  }

  protected base(run: E): RunBase {
    return {
      id: run.id,
      status: run.status,
      progress: run.progress,
      phase: run.phase,
      scenarioId: run.scenarioId,
      seed: run.seed,
      fingerprint: run.fingerprint,
      requestedBy: run.requestedBy,
      createdAt: run.createdAt.toISOString(),
      startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: run.finishedAt?.toISOString() ?? null,
      ...(run.error ? { error: run.error } : {}),
    };
  }
}

/**
 * PlanningRunsService with the constructor of a kind of run: the repository of `entity` and the
 * queue `queueName` injected, and the mapper that loads a run's input from the plan.
 */
export function PlanningRunsServiceOf<
  E extends RunRecord<P, R>,
  P extends object,
  R extends object,
  D extends RunBase,
>(entity: Type<E>, queueName: string) {
  abstract class PlanningRunsServiceHost extends PlanningRunsService<E, P, R, D> {
    constructor(
      @InjectRepository(entity) runs: Repository<E>,
      lifecycle: RunLifecycle,
      @InjectQueue(queueName) queue: Queue<RunJobData>,
      @Inject(APP_CONFIG) config: AppConfig,
      protected readonly mapper: ProgrammeMapper,
    ) {
      super(runs, lifecycle, queue, config);
    }
  }
  return PlanningRunsServiceHost;
}
