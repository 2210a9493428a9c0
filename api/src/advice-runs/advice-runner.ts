import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RUN_PHASE_TEXTS, type AdviceResultSummary } from '@wijkkracht/contracts';
import { adviseCapacitySteps, type AdviceResult, type AdviceStep, type Programme } from '@wijkkracht/planning';
import { DataSource } from 'typeorm';
import { runReporting } from '../jobs/work-slices';
import { planNames } from '../levelling-runs/levelling-result';
import { RunLifecycle } from '../runs/run-lifecycle';
import type { AdviceParameters } from './advice-run.entity';

/**
 * Worker side of an advice run: the engine's search one evaluation at a time, yielding to the
 * event loop between evaluations (the job's lock is renewed), reporting progress and stopping when
 * the run was cancelled; the result is stored once.
 */
@Injectable()
export class AdviceRunner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: RunLifecycle,
  ) {}

  async run(runId: string): Promise<{ completed: boolean; skipped?: string }> {
    const rows: { status: string; seed: number; parameters: AdviceParameters; input: Programme }[] =
      await this.db.query(`SELECT status, seed, parameters, input FROM advice_runs WHERE id = $1`, [runId]);
    const state = rows[0];
    if (!state || !['queued', 'running'].includes(state.status))
      return { completed: false, skipped: state?.status ?? 'missing' };
    const p = state.parameters;
    if (!(await this.lifecycle.progress('advice', runId, 2, RUN_PHASE_TEXTS.preparing)))
      return { completed: false, skipped: 'cancelled' };
    const steps = adviseCapacitySteps(
      { programme: state.input, options: { granularities: ['year'] } },
      {
        targetProbability: p.targetProbability,
        internalHourlyRate: p.internalHourlyRate ?? 0,
        externalHourlyRate: p.externalHourlyRate,
        simulations: p.simulations,
        seed: state.seed,
        today: p.today,
        maxEvaluations: p.maxEvaluations,
      },
    );
    // In slices that yield between the engine's steps (within an evaluation, every few simulations).
    const advised = await runReporting(steps, (step: AdviceStep) =>
      this.lifecycle.progress(
        'advice',
        runId,
        5 + 90 * Math.min(1, (step.evaluations - 1 + step.simulated / step.simulations) / step.maxEvaluations),
        `${step.stage === 'search' ? 'Zoeken' : 'Bijschaven'}: ${step.evaluations} doorrekeningen, ${nlFte(step.totalFte)} extra`,
      ),
    );
    if (!advised) return { completed: false, skipped: 'cancelled' };
    const completed = await this.lifecycle.complete('advice', runId, adviceSummary(advised.value, state.input, p));
    return { completed };
  }
}

function nlFte(fte: number): string {
  return `${fte.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} fte`;
}

/** The engine's advice with names, and without internal costs when no internal rate was given. */
export function adviceSummary(result: AdviceResult, programme: Programme, p: AdviceParameters): AdviceResultSummary {
  const names = planNames(programme);
  const internal = p.internalHourlyRate !== null;
  return {
    reachesTarget: result.reachesTarget,
    targetProbability: result.targetProbability,
    scope: p.scope,
    extra: result.extra.map((e) => ({
      disciplineId: e.disciplineId,
      disciplineName: names.discipline(e.disciplineId) ?? e.disciplineId,
      fte: e.fte,
      hoursPerWeek: e.hoursPerWeek,
      from: e.from,
      yearlyHours: e.yearlyHours,
      yearlyCostInternal: internal ? e.yearlyCostInternal : null,
      yearlyCostExternal: e.yearlyCostExternal,
    })),
    totalFte: result.totalFte,
    yearlyCostInternal: internal ? result.yearlyCostInternal : null,
    yearlyCostExternal: result.yearlyCostExternal,
    milestones: result.milestones.map((m) => ({
      ...m,
      wijkName: names.milestoneWijk(m.milestoneId),
    })),
    evaluations: result.evaluations,
    simulations: result.simulations,
    note: dutchNote(result),
  };
}

/** The engine's note, for a Dutch reader. */
function dutchNote(result: AdviceResult): string {
  if (result.reachesTarget)
    return 'De minste extra capaciteit: steeds aangevuld bij de discipline die de late mijlpalen het meest tegenhoudt, daarna per discipline bijgeschaafd.';
  if (result.note.startsWith('no discipline'))
    return 'Geen discipline houdt de late mijlpalen tegen: hun ketens van taken zijn te lang voor de deadlines, dus extra personeel helpt niet.';
  return `Het doel is niet gehaald binnen ${result.evaluations} doorrekeningen of de grens van extra fte per discipline.`;
}
