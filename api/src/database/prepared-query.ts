import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a read as a named prepared statement on the pool TypeORM uses: each connection parses and
 * plans the SQL once and then only binds and executes it (for the small reads of the list and read
 * endpoints, planning costs PostgreSQL more than running them).
 */
export async function preparedQuery<R = Record<string, never>>(dataSource: DataSource, text: string, values: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const name = `wk_${createHash('sha1').update(text).digest('base64url')}`;
  const result = await pool.query({ name, text, values });
  return result.rows as R[];
}
