import type { EntityMetadata, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import { numericTransformer } from '../../database/numeric.transformer';
import { preparedQuery } from '../../database/prepared-query';

/** A list page whose items PostgreSQL already rendered as a JSON array. */
export interface JsonPage {
  itemsJson: string;
  page: number;
  pageSize: number;
  total: number;
}

/** The response body of a JSON page: `{items, page, pageSize, total}`, without parsing the items. */
export function jsonPageBody(p: JsonPage): string {
  return `{"items":${p.itemsJson},"page":${p.page},"pageSize":${p.pageSize},"total":${p.total}}`;
}

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone']);
const TEXT_NUMBER_TYPES = new Set(['numeric', 'decimal', 'bigint', 'int8']);
/** json_build_object takes at most 100 arguments: 50 key/value pairs. */
const MAX_FIELDS = 50;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQL that renders one row (alias `t`) exactly as `JSON.stringify` renders the entity TypeORM
 * would load: timestamps as ISO strings in UTC with milliseconds, numerics through the numeric
 * transformer as numbers (without it, as strings), everything else as PostgreSQL's JSON of the
 * value; `extras` adds computed fields (an entity's `toJSON` additions). Null when the entity has
 * a column this cannot render the same way (another transformer), so the caller loads entities.
 */
export function rowJsonSql(metadata: EntityMetadata, extras: Record<string, string>): string | null {
  const fields: string[] = [];
  for (const column of metadata.columns) {
    // Left out by TypeORM's find too: unselected columns and join columns without a property of their own.
    if (column.isSelect === false || column.propertyName === column.relationMetadata?.propertyName) continue;
    const value = `t.${quote(column.databaseName)}`;
    const type = String(column.type);
    let sql: string;
    if (column.transformer && column.transformer !== numericTransformer) return null;
    if (TIMESTAMP_TYPES.has(type) || column.type === Date) {
      sql = `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    } else if (TEXT_NUMBER_TYPES.has(type) && !column.transformer) {
      sql = `${value}::text`;
    } else {
      sql = value;
    }
    fields.push(`'${column.propertyName}', ${sql}`);
  }
  for (const [name, sql] of Object.entries(extras)) fields.push(`'${name}', ${sql}`);
  if (fields.length > MAX_FIELDS) return null;
  return `json_build_object(${fields.join(', ')})`;
}

/**
 * One page of a tenant's rows and their total in a single round trip, rendered as JSON by
 * PostgreSQL: the API neither hydrates entities nor parses dates nor serialises them again. The
 * filter is TypeORM's own find-options where-clause, so it matches `Repository.find` exactly.
 */
export async function findJsonPage<E extends ObjectLiteral>(
  repository: Repository<E>,
  rowJson: string,
  where: FindOptionsWhere<E> | FindOptionsWhere<E>[],
  sort: { property: string; descending: boolean },
  page: number,
  pageSize: number,
): Promise<JsonPage> {
  const metadata = repository.metadata;
  const sortColumn = metadata.findColumnWithPropertyName(sort.property);
  if (!sortColumn) throw new Error(`${metadata.name} has no column ${sort.property}`);
  const direction = sort.descending ? 'DESC' : 'ASC';
  const [idsSql, idsParams] = repository
    .createQueryBuilder('e')
    .setFindOptions({
      where,
      select: { id: true } as never,
      order: { [sort.property]: direction, id: 'ASC' } as never,
      skip: (page - 1) * pageSize,
      take: pageSize,
    })
    .getQueryAndParameters();
  const [countSql, countParams] = repository.createQueryBuilder('e').setFindOptions({ where }).select('COUNT(*)').getQueryAndParameters();
  if (JSON.stringify(idsParams) !== JSON.stringify(countParams)) throw new Error('page and count parameters differ');
  const idAlias = /"e"\."id" AS "([^"]+)"/.exec(idsSql)?.[1];
  if (!idAlias) throw new Error(`cannot find the id in ${idsSql}`);
  const table = quote(metadata.tableName);
  const order = `t.${quote(sortColumn.databaseName)} ${direction}, t."id" ASC`;
  const [row] = await preparedQuery(repository.manager.connection,
    // The page's ids as an array: PostgreSQL then fetches just those rows by primary key (a join
    // with the page would have it hash the whole table of the organisation).
    `SELECT (SELECT coalesce(json_agg(${rowJson} ORDER BY ${order}), '[]')::text
               FROM ${table} t WHERE t."id" = ANY(ARRAY(SELECT p.${quote(idAlias)} FROM (${idsSql}) p))) AS items,
            (${countSql})::int AS total`,
    idsParams,
  );
  return { itemsJson: row.items, page, pageSize, total: row.total };
}
