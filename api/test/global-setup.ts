import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/run-migrations';
import { seedDemo } from '../src/seed/seed-demo';
import { checkDependencies } from '../src/startup/check-dependencies';
import { testRunEnvironment } from './test-run';

export default async function globalSetup(): Promise<void> {
  const { databaseUrl } = testRunEnvironment();
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' });
  await checkDependencies(config);
  await runMigrations(config);
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await seedDemo(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
