import 'reflect-metadata';
import { failClearly } from './bootstrap/fail-clearly';
import { describeAddress, loadConfig } from './config/app-config';
import { runMigrations } from './database/run-migrations';
import { checkDependencies } from './startup/check-dependencies';

/** `npm run migrate`: creates the database if missing and applies pending migrations. */
async function main(): Promise<void> {
  const config = loadConfig();
  await checkDependencies(config);
  const applied = await runMigrations(config);
  const where = describeAddress(config.databaseUrl);
  process.stdout.write(
    applied.length ? `applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}\n` : `${where} is up to date\n`,
  );
}

main().catch((error) => failClearly('migrate', error));
