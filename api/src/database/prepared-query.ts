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
  const result = await pool.query({ name: statementName(text), text, values });
  return result.rows as R[];
}

/** A statement's name derives from its text; the few texts the API prepares are named once. */
const names = new Map<string, string>();
const MAX_NAMES = 10_000;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `wk_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}
