/**
 * The solver's view of a plan: a resource-constrained project scheduling problem (RCPSP) with
 * capacities that vary by period, finish-to-start lags, release and pinned starts, due dates and
 * alternative (stretched) modes. Periods are weeks for a programme and unit time for PSPLIB.
 * Activities and resources are addressed by index; callers keep their own ids beside them.
 */
export interface RcpspProblem {
  /** Number of periods; an activity must finish by `horizon` or it is reported unschedulable. */
  horizon: number;
  /** capacity[r][t]: units of resource r available in period t (length ≥ horizon). */
  capacity: Float64Array[];
  activities: RcpspActivity[];
}

export interface RcpspMode {
  /** Whole periods, ≥ 0 (0 for milestones and PSPLIB dummies). */
  duration: number;
  /** Units of each resource used in every period the activity runs. */
  usage: { resource: number; amount: number }[];
}

export interface RcpspActivity {
  /** Alternatives, preferred first; a stretchable task has longer modes at a lower rate. */
  modes: RcpspMode[];
  /** Finish-to-start: this activity starts ≥ finish(pred) + lag. */
  predecessors: { activity: number; lag: number }[];
  /** Earliest allowed start (e.g. the wijk's planned start or today). */
  release?: number;
  /** Pinned or in-progress: placed first, exactly here, whatever the capacity. */
  fixedStart?: number;
  /** Milestone deadline: the period by which the activity should have finished. */
  dueDate?: number;
  /** Weight of lateness against dueDate (default 1). */
  dueWeight?: number;
}

export interface RcpspOptions {
  /** Budget of schedules generated (1 = a single priority-rule pass, the Monte Carlo fast path). */
  schedules: number;
  seed: number;
}

export interface RcpspUnschedulable {
  activity: number;
  reason: string;
}

export interface RcpspResult {
  /** Start period per activity; -1 when unschedulable. */
  starts: Int32Array;
  /** Chosen mode per activity. */
  modes: Int32Array;
  unschedulable: RcpspUnschedulable[];
  /** Finish of the last scheduled activity. */
  makespan: number;
  /** Sum over activities with a dueDate of weight × max(0, finish − dueDate). */
  weightedLateness: number;
  schedulesEvaluated: number;
  /**
   * Activities placed at their precedence-earliest start whatever the capacity, because a pinned
   * successor needs them finished in time (ancestors of fixed starts that could not fit).
   */
  forced?: number[];
}
