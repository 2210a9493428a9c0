import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chunk samples are stored as raw typed-array bytes: PostgreSQL keeps them out of line without
 * compressing them (pglz on float samples costs more time than the space it saves, and a chunk
 * lives only until its run is merged).
 */
export class ForecastChunkStorage1764101400000 implements MigrationInterface {
  name = 'ForecastChunkStorage1764101400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forecast_chunks ALTER COLUMN samples SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forecast_chunks ALTER COLUMN samples SET STORAGE EXTENDED`);
  }
}
