export type DependencyState = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: {
    database: { status: DependencyState; latencyMs?: number; error?: string };
    redis: { status: DependencyState; latencyMs?: number; error?: string };
  };
  version: string;
  uptimeSeconds: number;
}
