import { ConfigError, describeAddress, loadConfig } from './app-config';
import { availableParallelism } from 'node:os';

describe('loadConfig', () => {
  it('falls back to the documented defaults for a local machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/wijkkracht',
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'wijkkracht',
      seedDemo: true,
      apiProcesses: 1,
    });
  });

  it('runs the API in as many processes as asked, or one per core for auto', () => {
    expect(loadConfig({ API_PROCESSES: '3' }).apiProcesses).toBe(3);
    expect(loadConfig({ API_PROCESSES: 'auto' }).apiProcesses).toBe(availableParallelism());
  });

  it('never seeds the demo accounts in production, even when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost:5432' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ QUEUE_PREFIX: 'has spaces' }, 'QUEUE_PREFIX'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ SSO_SECRET_KEY: 'too-short' }, 'SSO_SECRET_KEY'],
    [{ PUBLIC_URL: 'ftp://wijkkracht.example' }, 'PUBLIC_URL'],
    [{ API_PROCESSES: '0' }, 'API_PROCESSES'],
    [{ API_PROCESSES: 'all' }, 'API_PROCESSES'],
  ])('refuses %p, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });

  it('reads the SSO secret key as hex or base64, and has none of its own in production', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ SSO_SECRET_KEY: hex }).ssoSecretKey).toEqual(Buffer.from(hex, 'hex'));
    expect(loadConfig({ SSO_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }).ssoSecretKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({}).ssoSecretKey).toHaveLength(32);
    expect(loadConfig({ NODE_ENV: 'production' }).ssoSecretKey).toBeNull();
  });

  it('takes the public URL without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://wijkkracht.example/' }).publicUrl).toBe('https://wijkkracht.example');
    expect(loadConfig({}).publicUrl).toBeNull();
  });

  it('describes an address without its credentials', () => {
    expect(describeAddress('postgres://user:secret@db.example:6543/wk')).toBe('db.example:6543/wk');
    expect(describeAddress('redis://:secret@cache.example')).toBe('cache.example:6379');
  });
});
