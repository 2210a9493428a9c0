import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './bootstrap/worker.module';
import { failClearly } from './bootstrap/fail-clearly';
import { installShutdownDeadline } from './bootstrap/shutdown-deadline';
import { loadConfig } from './config/app-config';
import { runMigrations } from './database/run-migrations';
import { stopSlicedWork } from './jobs/work-slices';
import { checkDependencies } from './startup/check-dependencies';

/** A worker process: runs queued jobs. Start as many as you like, on any machine sharing the Redis. */
async function main(): Promise<void> {
  const config = loadConfig();
  await checkDependencies(config);
  await runMigrations(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // Sliced work (merges, levellings, advice) hands its job back at once on a shutdown signal.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stopSlicedWork);
  app.enableShutdownHooks();
  installShutdownDeadline(config.shutdownTimeoutMs, (m) => logger.log(m));
  await app.init();
  logger.log(`worker ${process.pid} ready (queue prefix ${config.queuePrefix})`);
}

main().catch((error) => failClearly('worker', error));
