/** Operations figures of the job queues (GET /metrics, admins only). */
export interface QueueDepth {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  waitingChildren: number;
  prioritized: number;
  failed: number;
  completed: number;
}

export interface JobDurations {
  queue: string;
  job: string;
  /** Finished jobs looked at (the most recent, at most 200 per queue). */
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface ForecastRunFigures {
  queued: number;
  running: number;
  completedLast24h: number;
  failedLast24h: number;
  /** From start to finish, completed runs of the last 24 hours. */
  durationP50Ms: number | null;
  durationP95Ms: number | null;
}

/** The read cache of the API process that answered (common/read-cache): its size and use since start. */
export interface ReadCacheFigures {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

export interface JobMetrics {
  at: string;
  queues: QueueDepth[];
  durations: JobDurations[];
  forecastRuns: ForecastRunFigures;
  /** The same figures for levelling and advice runs. */
  levellingRuns: ForecastRunFigures;
  adviceRuns: ForecastRunFigures;
  readCache: ReadCacheFigures;
}

/** The queue dashboard (GET /queues, admins): per queue its counts, workers, durations and recent failures. */
export interface QueueFailedJob {
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  /** ISO time it failed for the last time. */
  failedAt: string | null;
  /** The run it belongs to, when it is one. */
  runId: string | null;
  /** False where retrying cannot help (a forecast is started again instead). */
  retryable: boolean;
}

export interface QueueOverview extends QueueDepth {
  /** Worker connections listening on this queue. */
  workers: number;
  paused: boolean;
  durations: JobDurations[];
  /** The most recent failed jobs of your organisation (at most 20). */
  failedJobs: QueueFailedJob[];
}

export interface QueueDashboard {
  at: string;
  queues: QueueOverview[];
}
