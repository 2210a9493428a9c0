import type { ResourceMeta } from './resource';

export const WIJK_STRATEGIES = ['all_electric', 'heat_network', 'hybrid', 'insulation_first', 'green_gas'] as const;
export type WijkStrategy = (typeof WIJK_STRATEGIES)[number];

export const WIJK_STATUSES = ['not_started', 'in_progress', 'wup_adopted', 'in_execution', 'gas_free'] as const;
export type WijkStatus = (typeof WIJK_STATUSES)[number];

export interface Wijk extends ResourceMeta {
  name: string;
  cbsCode: string;
  homes: number;
  /** 0 for a startwijk, 1 and up for later waves. */
  wave: number;
  isStartwijk: boolean;
  strategy: WijkStrategy;
  participationIntensity: number;
  plannedStart: string;
  targetDate: string;
  status: WijkStatus;
  templateId: string | null;
}

export const MILESTONE_KINDS = ['council_decision', 'wup_adopted', 'gas_free', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone extends ResourceMeta {
  wijkId: string;
  /** The task whose finish reaches the milestone. */
  taskId: string | null;
  name: string;
  kind: MilestoneKind;
  deadline: string | null;
}
