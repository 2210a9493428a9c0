import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  RUN_STATUS_TEXTS,
  type CreateForecastResponse,
  type ForecastRun as ForecastRunDto,
  type ForecastTrigger,
  type HeatMapSlice,
  type Page,
} from '@wijkkracht/contracts';
import { DataSource, In, Repository } from 'typeorm';
import { problem } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DEFAULT_HORIZON_END, ProgrammeMapper } from '../planning-input/programme.mapper';
import { loadRunInput } from '../runs/load-run-input';
import { startOrReuse } from '../runs/run-start';
import { chunkPlan, ForecastFlow } from './forecast-flow';
import { DEFAULT_SEED, QUEUED_PHASE, storedGranularities, todayInAmsterdam } from './forecast-parameters';
import { forecastFingerprint } from './forecast-fingerprint';
import { ForecastRun } from './forecast-run.entity';
import { ForecastStore } from './forecast-store';
import { CreateForecastDto } from './dto/create-forecast.dto';
import { HeatMapQuery } from './dto/heat-map.query';
import { ListForecastsQuery } from './dto/list-forecasts.query';

/**
 * Forecast runs for the API: start (or reuse by fingerprint), read, list, cancel and heat-map
 * slices. Computing happens in the worker; this service only loads the plan and enqueues.
 */
@Injectable()
export class ForecastsService {
  private readonly logger = new Logger(ForecastsService.name);

  constructor(
    @InjectRepository(ForecastRun) private readonly runs: Repository<ForecastRun>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly mapper: ProgrammeMapper,
    private readonly flow: ForecastFlow,
    private readonly store: ForecastStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    organisationId: string,
    requestedBy: string | null,
    request: CreateForecastDto,
    trigger: ForecastTrigger = 'request',
    today = todayInAmsterdam(),
  ): Promise<CreateForecastResponse> {
    const horizonEnd = request.horizon ?? DEFAULT_HORIZON_END;
    if (horizonEnd <= today) {
      throw new BadRequestException(
        problem(400, 'De horizon moet na vandaag liggen.', [
          { name: 'horizon', reason: 'must be a date after today' },
        ]),
      );
    }
    const granularity = request.granularity ?? 'month';
    const seed = request.seed ?? DEFAULT_SEED;
    const programme = await loadRunInput(this.mapper, organisationId, {
      today,
      horizonEnd,
      scenarioId: request.scenarioId ?? null,
    });
    const granularities = storedGranularities(granularity);
    const fingerprint = forecastFingerprint(
      { programme, options: { granularities } },
      { simulations: request.simulations, seed, scenarioId: request.scenarioId ?? null },
    );

    const plan = chunkPlan(request.simulations);
    return startOrReuse({
      reusable: () => this.reusable(organisationId, fingerprint),
      insert: () =>
        this.runs.save(
          this.runs.create({
            organisationId,
            scenarioId: request.scenarioId ?? null,
            simulations: request.simulations,
            seed,
            horizonEnd,
            granularity,
            ...plan,
            fingerprint,
            input: programme,
            status: 'queued',
            progress: 0,
            phase: QUEUED_PHASE,
            trigger,
            requestedBy,
            queuePrefix: this.config.queuePrefix,
          }),
        ),
      enqueue: (run) => this.flow.enqueue({ id: run.id, simulations: run.simulations, ...plan }),
      fail: (run, reason) => this.store.fail(run.id, reason),
      logger: this.logger,
      what: 'de prognose',
    });
  }

  private reusable(organisationId: string, fingerprint: string): Promise<ForecastRun | null> {
    return this.runs.findOne({
      where: { organisationId, fingerprint, status: In(['queued', 'running', 'completed']) },
    });
  }

  async get(organisationId: string, id: string): Promise<ForecastRunDto> {
    const run = await this.runs.findOneBy({ id, organisationId });
    if (!run) throw notFound();
    return toDto(run, true);
  }

  async list(organisationId: string, query: ListForecastsQuery): Promise<Page<ForecastRunDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [items, total] = await this.runs.findAndCount({
      where: { organisationId, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: items.map((r) => toDto(r, false)), page, pageSize, total };
  }

  async cancel(organisationId: string, id: string): Promise<ForecastRunDto> {
    const run = await this.runs.findOneBy({ id, organisationId });
    if (!run) throw notFound();
    if (!(await this.store.cancel(id))) {
      throw new ConflictException(
        problem(409, `Deze prognose is al ${RUN_STATUS_TEXTS[run.status]} en kan niet meer worden geannuleerd.`),
      );
    }
    await this.flow
      .remove(id)
      .catch((error) => this.logger.warn({ err: error, runId: id }, 'could not remove cancelled jobs'));
    return this.get(organisationId, id);
  }

  /** A slice of the stored series: one measure and percentile, a range of periods, all or one discipline. */
  async heatMap(organisationId: string, id: string, query: HeatMapQuery): Promise<HeatMapSlice> {
    const run = await this.runs.findOneBy({ id, organisationId });
    if (!run) throw notFound();
    if (run.status !== 'completed' || !run.result) {
      throw new ConflictException(
        problem(409, 'Deze prognose is nog niet klaar; de heatmap volgt als de status "completed" is.'),
      );
    }
    const granularity = query.granularity ?? 'month';
    const measure = query.measure ?? 'shortfall';
    const percentile = query.percentile ?? 'p80';
    const first: { periods: string[] }[] = await this.db.query(
      `SELECT periods FROM forecast_series WHERE run_id = $1 AND granularity = $2 LIMIT 1`,
      [id, granularity],
    );
    if (!first[0]) {
      throw new NotFoundException(
        problem(
          404,
          `Deze prognose heeft geen reeksen per ${granularity}; start er een met granularity "${granularity}".`,
          [{ name: 'granularity', reason: 'must be a granularity stored with this forecast' }],
        ),
      );
    }
    const labels = first[0].periods;
    // Labels of one granularity sort as text (2027-01 < 2027-02, 2027-W09 < 2027-W10), so bounds are comparisons.
    let lo = labels.findIndex((l) => !query.from || l >= query.from);
    let hi = labels.length - 1;
    while (hi >= 0 && query.to && labels[hi] > query.to) hi--;
    if (lo < 0) lo = labels.length;
    const column = `${measure}_${percentile}`;
    if (!SERIES_COLUMNS.has(column))
      throw new BadRequestException(problem(400, 'Onbekende maat of percentiel.'));
    const names = new Map((run.result.disciplines ?? []).map((d) => [d.id, d.name]));
    const empty = lo > hi;
    const rows: { discipline_id: string; values: number[] | null; capacity: number[] | null }[] =
      await this.db.query(
        `SELECT discipline_id, ${column}[$3:$4] AS values, capacity[$3:$4] AS capacity
         FROM forecast_series WHERE run_id = $1 AND granularity = $2 AND ($5::text IS NULL OR discipline_id = $5)
        ORDER BY discipline_index`,
        [id, granularity, lo + 1, hi + 1, query.disciplineId ?? null],
      );
    return {
      runId: id,
      granularity,
      measure,
      percentile,
      periods: empty ? [] : labels.slice(lo, hi + 1),
      rows: rows.map((r) => ({
        disciplineId: r.discipline_id,
        disciplineName: names.get(r.discipline_id) ?? r.discipline_id,
        values: empty ? [] : (r.values ?? []),
        capacity: empty ? [] : (r.capacity ?? []),
      })),
    };
  }
}

const SERIES_COLUMNS = new Set(
  ['demand', 'shortfall'].flatMap((m) => ['p10', 'p50', 'p80', 'p90'].map((p) => `${m}_${p}`)),
);

function notFound(): NotFoundException {
  return new NotFoundException(problem(404, 'Deze prognose bestaat niet.'));
}

export function toDto(run: ForecastRun, withResult: boolean): ForecastRunDto {
  return {
    id: run.id,
    status: run.status,
    progress: run.progress,
    phase: run.phase,
    scenarioId: run.scenarioId,
    simulations: run.simulations,
    seed: run.seed,
    horizon: run.horizonEnd,
    granularity: run.granularity,
    fingerprint: run.fingerprint,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    ...(run.error ? { error: run.error } : {}),
    ...(withResult && run.status === 'completed' && run.result ? { result: run.result } : {}),
  };
}
