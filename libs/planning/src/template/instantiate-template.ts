import {
  InstantiatedPlan,
  ProcessTemplateDefinition,
  TaskTemplate,
  WijkSize,
} from './process-template';

export class TemplateError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
    this.name = 'TemplateError';
  }
}

/** Every rule a template must meet; returns the broken ones (empty when valid). */
export function validateTemplate(template: ProcessTemplateDefinition): TemplateError[] {
  const errors: TemplateError[] = [];
  const keys = new Map<string, string>();
  template.phases.forEach((phase, p) => {
    if (!phase.key) errors.push(new TemplateError(`phases[${p}].key`, 'must not be empty'));
    phase.tasks.forEach((task, t) => {
      const at = `phases[${p}].tasks[${t}]`;
      if (keys.has(task.key)) errors.push(new TemplateError(`${at}.key`, `"${task.key}" is used twice`));
      keys.set(task.key, at);
      if (task.effort.baseHours < 0 || task.effort.hoursPer100Homes < 0) {
        errors.push(new TemplateError(`${at}.effort`, 'hours must not be negative'));
      }
      if (task.estimate.optimisticFactor > 1 || task.estimate.optimisticFactor < 0 || task.estimate.pessimisticFactor < 1) {
        errors.push(new TemplateError(`${at}.estimate`, 'must satisfy 0 ≤ optimistic ≤ 1 ≤ pessimistic'));
      }
      if (!Number.isInteger(task.duration.minWeeks) || task.duration.minWeeks < 0 || task.duration.maxWeeks < task.duration.minWeeks) {
        errors.push(new TemplateError(`${at}.duration`, 'must be whole weeks with 0 ≤ minWeeks ≤ maxWeeks'));
      }
    });
  });
  template.phases.forEach((phase, p) =>
    phase.tasks.forEach((task, t) =>
      task.dependsOn.forEach((dep, d) => {
        if (!keys.has(dep.task)) {
          errors.push(new TemplateError(`phases[${p}].tasks[${t}].dependsOn[${d}].task`, `"${dep.task}" is no task of this template`));
        }
      }),
    ),
  );
  const cycle = findCycle(template);
  if (cycle) errors.push(new TemplateError('phases', `dependencies form a cycle: ${cycle.join(' → ')}`));
  return errors;
}

/** The tasks, dependencies and milestones of one wijk, with effort scaled by its homes and participation. */
export function instantiateTemplate(template: ProcessTemplateDefinition, wijk: WijkSize): InstantiatedPlan {
  const errors = validateTemplate(template);
  if (errors.length) throw errors[0];
  if (!(wijk.homes > 0)) throw new TemplateError('homes', 'must be more than 0');
  if (!(wijk.participationIntensity > 0)) throw new TemplateError('participationIntensity', 'must be more than 0');

  const plan: InstantiatedPlan = { tasks: [], dependencies: [], milestones: [] };
  let sequence = 0;
  for (const phase of template.phases) {
    for (const task of phase.tasks) {
      const likely = likelyEffort(task, wijk);
      plan.tasks.push({
        key: task.key,
        phase: phase.key,
        name: task.name,
        discipline: task.discipline,
        effortOptimistic: round(likely * task.estimate.optimisticFactor),
        effortHours: likely,
        effortPessimistic: round(likely * task.estimate.pessimisticFactor),
        minDurationWeeks: task.duration.minWeeks,
        maxDurationWeeks: task.duration.maxWeeks,
        sequence: sequence++,
      });
      for (const dep of task.dependsOn) plan.dependencies.push({ predecessor: dep.task, successor: task.key, lagWeeks: dep.lagWeeks });
      if (task.milestone) plan.milestones.push({ task: task.key, ...task.milestone });
    }
  }
  return plan;
}

function likelyEffort(task: TaskTemplate, wijk: WijkSize): number {
  const hours = task.effort.baseHours + (task.effort.hoursPer100Homes * wijk.homes) / 100;
  return round(task.effort.participationScaled ? hours * wijk.participationIntensity : hours);
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function findCycle(template: ProcessTemplateDefinition): string[] | null {
  const deps = new Map<string, string[]>();
  for (const phase of template.phases) for (const t of phase.tasks) deps.set(t.key, t.dependsOn.map((d) => d.task));
  const state = new Map<string, 1 | 2>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 2 || !deps.has(key)) return null;
    if (state.get(key) === 1) return [...path.slice(path.indexOf(key)), key];
    state.set(key, 1);
    path.push(key);
    for (const next of deps.get(key)!) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(key, 2);
    return null;
  };
  for (const key of deps.keys()) {
    const found = visit(key);
    if (found) return found;
  }
  return null;
}
