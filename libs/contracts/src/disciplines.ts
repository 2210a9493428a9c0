import type { ResourceMeta } from './resource';

export interface Discipline extends ResourceMeta {
  code: string;
  name: string;
  hiringLeadWeeks: number;
}

export interface Team extends ResourceMeta {
  name: string;
  leadUserId: string | null;
}
