import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { ReadCache } from './read-cache';

/** A data source whose only query is the data version, per organisation, as the test sets it. */
function fakeDatabase() {
  const versions = new Map<string, number>();
  let queries = 0;
  const dataSource = {
    driver: {
      master: {
        query: async ({ values }: { values: [string] }) => {
          queries++;
          const version = versions.get(values[0]);
          return { rows: version === undefined ? [] : [{ version: String(version) }] };
        },
      },
    },
  } as unknown as DataSource;
  return { dataSource, versions, queries: () => queries };
}

const cache = (dataSource: DataSource, readCacheMb: number) => new ReadCache(dataSource, { readCacheMb } as AppConfig);

describe('ReadCache', () => {
  it('serves a response again while the data version stands, and renders anew once it moves', async () => {
    const db = fakeDatabase();
    const readCache = cache(db.dataSource, 1);
    let renders = 0;
    const render = async () => JSON.stringify({ render: ++renders });
    const first = await readCache.get('org-a', 'tasks?{}', render);
    const again = await readCache.get('org-a', 'tasks?{}', render);
    expect(again.body.toString()).toBe('{"render":1}');
    expect(again.etag).toBe(first.etag);
    expect(db.queries()).toBe(2); // the version is read on every request, hit or not
    db.versions.set('org-a', 1);
    const after = await readCache.get('org-a', 'tasks?{}', render);
    expect(after.body.toString()).toBe('{"render":2}');
    expect(after.etag).not.toBe(first.etag);
    expect(readCache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 1 });
  });

  it('keeps organisations apart under the same key', async () => {
    const readCache = cache(fakeDatabase().dataSource, 1);
    await readCache.get('org-a', 'wijken?{}', async () => '"a"');
    const b = await readCache.get('org-b', 'wijken?{}', async () => '"b"');
    expect(b.body.toString()).toBe('"b"');
    expect((await readCache.get('org-a', 'wijken?{}', async () => '"not a"')).body.toString()).toBe('"a"');
  });

  it('does not keep a render that failed', async () => {
    const readCache = cache(fakeDatabase().dataSource, 1);
    await expect(readCache.get('org-a', 'tasks/1', async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect((await readCache.get('org-a', 'tasks/1', async () => '{"id":1}')).body.toString()).toBe('{"id":1}');
  });

  it('stays within its memory, letting the least recently used responses go', async () => {
    const readCache = cache(fakeDatabase().dataSource, 1);
    const body = JSON.stringify('x'.repeat(100_000)); // ≈ 100 kB: ten fit in 1 MB
    for (let i = 0; i < 30; i++) {
      await readCache.get('org-a', `page ${i}`, async () => body);
      if (i >= 1) await readCache.get('org-a', 'page 0', async () => 'evicted'); // page 0 stays recent
      expect(readCache.stats().bytes).toBeLessThanOrEqual(1024 * 1024);
    }
    expect(readCache.stats().entries).toBeLessThan(11);
    expect((await readCache.get('org-a', 'page 0', async () => 'evicted')).body.toString()).toBe(body);
    expect((await readCache.get('org-a', 'page 1', async () => '"rendered again"')).body.toString()).toBe('"rendered again"');
  });

  it('renders every time when turned off (READ_CACHE_MB=0), without reading the version', async () => {
    const db = fakeDatabase();
    const readCache = cache(db.dataSource, 0);
    let renders = 0;
    for (let i = 0; i < 3; i++) await readCache.get('org-a', 'tasks?{}', async () => String(++renders));
    expect(renders).toBe(3);
    expect(db.queries()).toBe(0);
  });
});
