/**
 * A process template: the WUP process as phases of task templates (design.md, "Domain model").
 * Plain data, stored by the API as one JSON document and instantiated per wijk.
 */
export interface ProcessTemplateDefinition {
  phases: PhaseTemplate[];
}

export interface PhaseTemplate {
  key: string;
  name: string;
  tasks: TaskTemplate[];
}

export type MilestoneKind = 'council_decision' | 'wup_adopted' | 'gas_free' | 'other';

export interface TaskTemplate {
  key: string;
  name: string;
  /** Discipline code, e.g. `participatie`. */
  discipline: string;
  /** Most likely effort = (baseHours + hoursPer100Homes × homes / 100) × (participation intensity, if scaled). */
  effort: { baseHours: number; hoursPer100Homes: number; participationScaled: boolean };
  /** Three-point estimate as factors of the most likely effort (optimistic ≤ 1 ≤ pessimistic). */
  estimate: { optimisticFactor: number; pessimisticFactor: number };
  duration: { minWeeks: number; maxWeeks: number };
  /** Finish-to-start dependencies on other tasks of the same template. */
  dependsOn: { task: string; lagWeeks: number }[];
  /** The task ends in this milestone; its deadline is the wijk's target date plus the offset. */
  milestone?: { name: string; kind: MilestoneKind; deadlineOffsetWeeks: number };
}

export interface WijkSize {
  homes: number;
  participationIntensity: number;
}

export interface InstantiatedTask {
  key: string;
  phase: string;
  name: string;
  discipline: string;
  effortOptimistic: number;
  effortHours: number;
  effortPessimistic: number;
  minDurationWeeks: number;
  maxDurationWeeks: number;
  sequence: number;
}

export interface InstantiatedDependency {
  predecessor: string;
  successor: string;
  lagWeeks: number;
}

export interface InstantiatedMilestone {
  task: string;
  name: string;
  kind: MilestoneKind;
  deadlineOffsetWeeks: number;
}

export interface InstantiatedPlan {
  tasks: InstantiatedTask[];
  dependencies: InstantiatedDependency[];
  milestones: InstantiatedMilestone[];
}
