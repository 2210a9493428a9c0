import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { failClearly } from './bootstrap/fail-clearly';
import { WORKER_NODE_FLAGS } from './bootstrap/worker-node-flags';
import { AppConfig, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { runMigrations } from './database/run-migrations';
import { DEMO_PASSWORD, seedDemo } from './seed/seed-demo';
import { checkDependencies } from './startup/check-dependencies';

/**
 * `npm start`: prepares the database (create, migrate, seed the demo on an empty one), then runs
 * the API and one worker as child processes, and stops both on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  await checkDependencies(config);
  await runMigrations(config);
  const seeded = config.seedDemo ? await seedIfEmpty(config) : false;

  const children = [start('api', 'main.js'), start('worker', 'worker.js', WORKER_NODE_FLAGS)];
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (const child of children) {
    child.on('exit', (code, signal) => {
      if (!stopping) {
        process.stderr.write(`wijkkracht: a child process stopped (${code ?? signal}); stopping the rest\n`);
        process.exitCode = code || 1;
        stop('SIGTERM');
      }
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(process.exitCode ?? 0);
    });
  }

  await waitForHealth(config);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [
    '',
    `Wijkkracht is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  API docs:  ${url}/api/docs   health: ${url}/api/v1/health`,
  ];
  if (config.seedDemo) {
    lines.push(
      `  Demo sign-in${seeded ? ' (just seeded)' : ''}: manager@demodam.example / ${DEMO_PASSWORD}`,
      '  (also beheer@, teamlead@, medewerker@, raad@ — and the same for @voorbeeldstad.example)',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function start(name: string, file: string, nodeFlags: readonly string[] = []): ChildProcess {
  return fork(join(__dirname, file), [], {
    stdio: 'inherit',
    env: { ...process.env, WIJKKRACHT_PROCESS: name },
    execArgv: [...process.execArgv, ...nodeFlags],
  });
}

async function seedIfEmpty(config: AppConfig): Promise<boolean> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    return await seedDemo(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function waitForHealth(config: AppConfig): Promise<void> {
  const url = `http://127.0.0.1:${config.port}/api/v1/health`;
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API did not report healthy at ${url} within 60 s`);
}

main().catch((error) => failClearly('start', error));
