import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // Schema changes only by migrations (design.md).
    synchronize: false,
    migrationsRun: false,
    // Fail fast: the start-up check reports an unreachable database within seconds.
    connectTimeoutMS: 5000,
    extra: { max: 10 },
  };
}
