import { BadRequestException, Injectable } from '@nestjs/common';
import { ProcessTemplateDefinition, validateTemplate } from '@wijkkracht/planning';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { ProcessTemplate } from './process-template.entity';

@Injectable()
export class ProcessTemplatesService extends TenantCrudService<ProcessTemplate> {
  protected readonly entity = ProcessTemplate;
  protected readonly entityType = 'process-template';
  protected readonly sortable = ['name', 'createdAt'] as const;

  protected override async beforeWrite(_m: EntityManager, _p: Principal, next: ProcessTemplate): Promise<void> {
    const invalid = templateProblems(next.definition);
    if (invalid.length) {
      throw new BadRequestException(problem(400, 'Het sjabloon klopt niet.', invalid.map((e) => ({ name: `definition.${e.field}`, reason: e.rule }))));
    }
  }
}

/** The template's rules (engine) after a check of its shape, so no shape of JSON can cause a 5xx. */
function templateProblems(definition: unknown): { field: string; rule: string }[] {
  const d = definition as { phases?: unknown };
  if (!Array.isArray(d?.phases) || d.phases.length === 0) return [{ field: 'phases', rule: 'must be a non-empty list' }];
  for (const [p, phase] of d.phases.entries()) {
    if (typeof phase?.key !== 'string' || typeof phase?.name !== 'string' || !Array.isArray(phase?.tasks)) {
      return [{ field: `phases[${p}]`, rule: 'must have key, name and tasks' }];
    }
    for (const [t, task] of phase.tasks.entries()) {
      const ok =
        typeof task?.key === 'string' &&
        typeof task?.name === 'string' &&
        typeof task?.discipline === 'string' &&
        isNumbers(task?.effort, ['baseHours', 'hoursPer100Homes']) &&
        typeof task?.effort?.participationScaled === 'boolean' &&
        isNumbers(task?.estimate, ['optimisticFactor', 'pessimisticFactor']) &&
        isNumbers(task?.duration, ['minWeeks', 'maxWeeks']) &&
        Array.isArray(task?.dependsOn) &&
        task.dependsOn.every((x: unknown) => typeof (x as { task?: unknown })?.task === 'string' && Number.isInteger((x as { lagWeeks?: unknown }).lagWeeks));
      if (!ok) return [{ field: `phases[${p}].tasks[${t}]`, rule: 'must have key, name, discipline, effort, estimate, duration and dependsOn' }];
    }
  }
  return validateTemplate(definition as ProcessTemplateDefinition).map((e) => ({ field: e.field, rule: e.rule }));
}

function isNumbers(value: unknown, keys: string[]): boolean {
  return typeof value === 'object' && value !== null && keys.every((k) => Number.isFinite((value as Record<string, unknown>)[k]));
}
