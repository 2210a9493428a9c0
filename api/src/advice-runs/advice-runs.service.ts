import { Injectable } from '@nestjs/common';
import type { AdviceRun as AdviceRunDto, StartedRunResponse } from '@wijkkracht/contracts';
import { DEFAULT_EXTERNAL_HOURLY_RATE } from '@wijkkracht/planning';
import { In } from 'typeorm';
import { COUNCIL_KINDS } from '../council-reports/council-report-content';
import { todayInAmsterdam } from '../forecasts/forecast-parameters';
import { JOBS, QUEUES } from '../jobs/queue-names';
import { Milestone } from '../milestones/milestone.entity';
import { loadRunInput } from '../runs/load-run-input';
import { PlanningRunsServiceOf } from '../runs/planning-runs.service';
import { AdviceParameters, AdviceRun } from './advice-run.entity';
import { CreateAdviceRunDto } from './dto/create-advice-run.dto';

const DEFAULT_SEED = 1;

/** Advice runs for the API: start (or reuse by fingerprint), read, list and cancel. */
@Injectable()
export class AdviceRunsService extends PlanningRunsServiceOf<
  AdviceRun,
  AdviceParameters,
  NonNullable<AdviceRun['result']>,
  AdviceRunDto
>(AdviceRun, QUEUES.advice) {
  protected readonly kind = 'advice' as const;
  protected readonly notFoundDetail = 'Dit advies bestaat niet.';
  protected readonly what = 'het advies';
  protected readonly jobName = JOBS.adviceRun;

  async create(
    organisationId: string,
    requestedBy: string | null,
    request: CreateAdviceRunDto,
    today = todayInAmsterdam(),
  ): Promise<StartedRunResponse> {
    const scenarioId = request.scenarioId ?? null;
    const scope = request.scope ?? 'council';
    const programme = await loadRunInput(this.mapper, organisationId, { today, scenarioId });
    let milestones = programme.milestones ?? [];
    if (scope === 'council') {
      // As the council report: gas-free dates by 2030 are not reachable by staffing alone, so the council's WUP decisions steer the advice.
      const ids = milestones.map((m) => m.id);
      const kinds = ids.length
        ? await this.runs.manager.find(Milestone, { where: { id: In(ids), organisationId }, select: ['id', 'kind'] })
        : [];
      const council = new Set(kinds.filter((m) => COUNCIL_KINDS.has(m.kind)).map((m) => m.id));
      milestones = milestones.filter((m) => council.has(m.id));
    }
    const parameters: AdviceParameters = {
      targetProbability: request.targetProbability ?? 0.8,
      simulations: request.simulations ?? 200,
      internalHourlyRate: request.internalHourlyRate ?? null,
      externalHourlyRate: request.externalHourlyRate ?? DEFAULT_EXTERNAL_HOURLY_RATE,
      maxEvaluations: request.maxEvaluations ?? 60,
      scope,
      today: programme.today,
    };
    return this.start(organisationId, requestedBy, scenarioId, request.seed ?? DEFAULT_SEED, parameters, {
      ...programme,
      milestones,
    });
  }

  protected toDto(run: AdviceRun, withResult: boolean): AdviceRunDto {
    return {
      ...this.base(run),
      targetProbability: run.parameters.targetProbability,
      simulations: run.parameters.simulations,
      scope: run.parameters.scope,
      ...(withResult && run.status === 'completed' && run.result ? { result: run.result } : {}),
    };
  }
}
