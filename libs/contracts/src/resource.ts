/** What every stored resource carries: its id, the version an update must name (409 when stale) and timestamps. */
export interface ResourceMeta {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
