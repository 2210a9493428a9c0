import cluster, { type Worker } from 'node:cluster';

/** What a copy sends its primary once it listens. */
export const LISTENING_MESSAGE = 'wijkkracht:listening';

/** More replacements than this within a minute: something is wrong that a restart will not fix. */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * Runs `count` copies of the HTTP API on one port (API_PROCESSES), with Node's cluster module: this
 * primary accepts the connections and hands them to the copies in turn, so one installation uses
 * every core it has. The copies need no coordination: what they share already lives in PostgreSQL
 * and Redis (tokens, sign-in limits, the read cache's data versions, forecast progress); what a copy
 * keeps in memory (rendered responses, token lookups for 2 s) is its own, as with several containers.
 *
 * The primary replaces a copy that dies, gives up (exit 1) when a copy dies before it listens or
 * copies keep dying, and passes SIGTERM/SIGINT on, exiting once every copy has stopped.
 */
export function superviseApiProcesses(count: number, log: (message: string) => void): void {
  let stopping = false;
  const restarts: number[] = [];
  const listening = new WeakSet<Worker>();

  const start = (): void => {
    const copy = cluster.fork();
    copy.on('message', (message) => {
      if (message === LISTENING_MESSAGE) listening.add(copy);
    });
    copy.on('exit', (code, signal) => {
      const alive = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
      if (stopping) {
        if (alive.length === 0) process.exit(process.exitCode ?? 0);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts[0] < now - 60_000) restarts.shift();
      const reason = `API process ${copy.process.pid} stopped (${signal ?? code})`;
      if (!listening.has(copy) || restarts.length > MAX_RESTARTS_PER_MINUTE) {
        log(`${reason} ${listening.has(copy) ? `the ${restarts.length}th time this minute` : 'before it listened'}; stopping`);
        process.exitCode = 1;
        stop('SIGTERM');
        if (alive.length === 0) process.exit(1);
        return;
      }
      log(`${reason}; starting another`);
      start();
    });
  };

  const stop = (signal: NodeJS.Signals): void => {
    stopping = true;
    for (const copy of Object.values(cluster.workers ?? {})) if (copy && !copy.isDead()) copy.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < count; i++) start();
  log(`API in ${count} processes (API_PROCESSES), primary ${process.pid}`);
}

/** In a copy started by superviseApiProcesses: tell the primary it listens. */
export function reportListening(): void {
  if (cluster.isWorker) process.send?.(LISTENING_MESSAGE);
}
