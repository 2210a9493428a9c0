import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cluster from 'node:cluster';
import { Logger } from 'nestjs-pino';
import { reportListening, superviseApiProcesses } from './bootstrap/api-processes';
import { AppModule } from './bootstrap/app.module';
import { configureApp } from './bootstrap/configure-app';
import { failClearly } from './bootstrap/fail-clearly';
import { installShutdownDeadline } from './bootstrap/shutdown-deadline';
import { AppConfig, loadConfig } from './config/app-config';
import { runMigrations } from './database/run-migrations';
import { checkDependencies } from './startup/check-dependencies';

/** The HTTP API process: one, or a primary with API_PROCESSES copies of it on the same port. */
async function main(): Promise<void> {
  const config = loadConfig();
  // A copy's primary has checked the dependencies and migrated the database already.
  if (cluster.isWorker) return serve(config);
  await checkDependencies(config);
  await runMigrations(config);
  if (config.apiProcesses > 1)
    return superviseApiProcesses(config.apiProcesses, (m) => process.stderr.write(`wijkkracht api: ${m}\n`));
  await serve(config);
}

async function serve(config: AppConfig): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  configureApp(app, config);
  const logger = app.get(Logger);
  installShutdownDeadline(config.shutdownTimeoutMs, (m) => logger.log(m));
  await app.listen(config.port, config.host);
  logger.log(`API listening on http://${config.host}:${config.port}`);
  reportListening();
}

main().catch((error) => failClearly('api', error));
