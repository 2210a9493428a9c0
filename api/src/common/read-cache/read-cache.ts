import { Inject, Injectable } from '@nestjs/common';
import type { ReadCacheFigures } from '@wijkkracht/contracts';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { preparedQuery } from '../../database/prepared-query';

/** A rendered JSON response: its UTF-8 bytes, encoded once, and their entity tag. */
export interface RenderedJson {
  body: Buffer;
  etag: string;
}

interface Entry extends RenderedJson {
  version: string;
  bytes: number;
}

/**
 * Sends a rendered response; Express answers 304 when the request's If-None-Match holds its tag.
 * Only the caller's own browser may keep it, and must ask again each time (the tag makes that cheap).
 */
export function sendRenderedJson(res: Response, rendered: RenderedJson): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', rendered.etag);
  res.send(rendered.body);
}

/** What a cached entry is taken to cost besides its text: the key, the entry and the map's slot. */
const ENTRY_OVERHEAD_BYTES = 200;

/**
 * Rendered responses of the plan's list and read endpoints, served again for as long as their
 * organisation's data version has not moved. Every committed change of a plan table raises that
 * version in the same transaction (migration OrganisationDataVersions), and a response is rendered
 * only after the version was read, so it holds at least the data of that version: a response kept
 * under the current version is never older than what a fresh query would answer. Each request still
 * reads the version (one primary-key lookup), so a change made by another API process or a worker
 * is seen at once — no time-to-live, no invalidation messages.
 *
 * The cache is per process and bounded by READ_CACHE_MB (least recently used entries go first).
 * Keys hold the organisation, so one organisation's responses are never another's.
 */
@Injectable()
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxBytes: number;
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxBytes = config.readCacheMb * 1024 * 1024;
  }

  /**
   * The response for `key` within the organisation: the kept one when rendered at the current data
   * version, else `render()`'s JSON (kept for the next time). A render that throws is not kept.
   */
  async get(organisationId: string, key: string, render: () => Promise<string>): Promise<RenderedJson> {
    if (this.maxBytes === 0) return encode(await render());
    const version = await this.dataVersion(organisationId);
    const cacheKey = `${organisationId} ${key}`;
    const kept = this.entries.get(cacheKey);
    if (kept?.version === version) {
      this.hits++;
      // Map order is the recency order: move it to the end.
      this.entries.delete(cacheKey);
      this.entries.set(cacheKey, kept);
      return kept;
    }
    this.misses++;
    const rendered = encode(await render());
    this.keep(cacheKey, {
      ...rendered,
      version,
      bytes: rendered.body.length + 2 * cacheKey.length + ENTRY_OVERHEAD_BYTES,
    });
    return rendered;
  }

  /** For the metrics endpoint. */
  stats(): ReadCacheFigures {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  private async dataVersion(organisationId: string): Promise<string> {
    const [row] = await preparedQuery<{ version: string }>(
      this.dataSource,
      'SELECT version::text FROM organisation_data_versions WHERE organisation_id = $1',
      [organisationId],
    );
    // No row yet: the organisation's plan has not changed since the migration.
    return row?.version ?? '0';
  }

  private keep(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }
}

function encode(json: string): RenderedJson {
  const body = Buffer.from(json, 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}
