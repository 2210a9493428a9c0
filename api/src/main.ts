import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './bootstrap/app.module';
import { configureApp } from './bootstrap/configure-app';
import { failClearly } from './bootstrap/fail-clearly';
import { installShutdownDeadline } from './bootstrap/shutdown-deadline';
import { loadConfig } from './config/app-config';
import { runMigrations } from './database/run-migrations';
import { checkDependencies } from './startup/check-dependencies';

/** The HTTP API process. */
async function main(): Promise<void> {
  const config = loadConfig();
  await checkDependencies(config);
  await runMigrations(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  configureApp(app, config);
  const logger = app.get(Logger);
  installShutdownDeadline(config.shutdownTimeoutMs, (m) => logger.log(m));
  await app.listen(config.port, config.host);
  logger.log(`API listening on http://${config.host}:${config.port}`);
}

main().catch((error) => failClearly('api', error));
