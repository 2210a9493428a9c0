import type { ForecastGranularity } from '@wijkkracht/contracts';
import type { Granularity } from '@wijkkracht/planning';

/** A fixed default seed, so that asking twice for the same forecast reuses the first. */
export const DEFAULT_SEED = 1;
export { QUEUED_PHASE } from '../runs/run-lifecycle';

/** Month, quarter and year are cheap and always kept; weeks only when asked for (1,300 columns to 2050). */
export function storedGranularities(finest: ForecastGranularity): Granularity[] {
  return finest === 'week' ? ['week', 'month', 'quarter', 'year'] : ['month', 'quarter', 'year'];
}

/** Today in the Netherlands (the server may run in UTC). */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
