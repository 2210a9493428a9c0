import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { WORKER_NODE_FLAGS } from '../src/bootstrap/worker-node-flags';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the worker logged that it is ready. */
  ready: Promise<void>;
  /** Everything it wrote, for failure messages. */
  output: () => string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * A real worker process (`src/worker.ts`, compiled on the fly by SWC): the same entry point as
 * `npm run worker`, so a SIGKILL in a test kills exactly what production runs.
 */
export function spawnWorker(env: NodeJS.ProcessEnv): WorkerProcess {
  return spawnEntry('worker.ts', env, (output) => /worker \d+ ready/.test(output), WORKER_NODE_FLAGS);
}

/**
 * A real process of one of the API's entry points (`src/<entry>`, compiled on the fly by SWC);
 * `ready` resolves once `isReady` holds for everything it wrote so far. `nodeFlags` go to Node (a
 * worker's WORKER_NODE_FLAGS), before any in WORKER_NODE_ARGS (say, a profiler's).
 */
export function spawnEntry(
  entry: string,
  env: NodeJS.ProcessEnv,
  isReady: (output: string) => boolean,
  nodeFlags: readonly string[] = [],
): WorkerProcess {
  const apiRoot = join(__dirname, '..');
  const nodeArgs = [...nodeFlags, ...(process.env.WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, '-r', join(__dirname, 'register-typescript.js'), join(apiRoot, 'src', entry)], {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (isReady(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`${entry} exited (${code}) before it was ready:\n${output.slice(-4000)}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, output: () => output, exited };
}
