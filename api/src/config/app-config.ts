import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';

/**
 * The process configuration, read from the environment once at start and validated, so that a
 * typo fails the start with one clear line instead of a surprise at the first request.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Copies of the HTTP API serving the port (API_PROCESSES; `auto`: one per core), see bootstrap/api-processes. */
  apiProcesses: number;
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ key prefix: test runs use their own so they never see each other's queues. */
  queuePrefix: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed the demo organisations on an empty database (never in production). */
  seedDemo: boolean;
  /** Lifetime of a sign-in token. */
  accessTokenTtlHours: number;
  /** Folder with the built web app; served at `/` when present. */
  webDist: string | null;
  /** How long graceful shutdown waits for in-flight requests and jobs. */
  shutdownTimeoutMs: number;
  /** Sign-in attempts one client address may make per minute (password guessing across accounts). */
  signInLimitPerMinute: number;
  /**
   * AES-256 key for secrets stored in the database (OIDC client secrets). Outside production a fixed
   * development key stands in when SSO_SECRET_KEY is unset; in production it is then null and SSO
   * client secrets cannot be stored.
   */
  ssoSecretKey: Buffer | null;
  /** Memory for rendered list and read responses, in MB; 0 turns the read cache off (common/read-cache). */
  readCacheMb: number;
  /** Where browsers reach this installation (for the OIDC redirect URI); null: taken from each request. */
  publicUrl: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/wijkkracht',
  REDIS_URL: 'redis://127.0.0.1:6379',
  PORT: '3000',
  HOST: '127.0.0.1',
  QUEUE_PREFIX: 'wijkkracht',
  LOG_LEVEL: 'info',
  ACCESS_TOKEN_TTL_HOURS: '12',
  SHUTDOWN_TIMEOUT_MS: '25000',
  SIGNIN_LIMIT_PER_MINUTE: '60',
  READ_CACHE_MB: '64',
  API_PROCESSES: '1',
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const read = (name: keyof typeof DEFAULTS) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? DEFAULTS[name] : value.trim();
  };

  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }

  const databaseUrl = parseUrl('DATABASE_URL', read('DATABASE_URL'), ['postgres:', 'postgresql:']);
  const redisUrl = parseUrl('REDIS_URL', read('REDIS_URL'), ['redis:', 'rediss:']);
  if (new URL(databaseUrl).pathname.replace(/^\//, '') === '') {
    throw new ConfigError('DATABASE_URL', `must name a database, e.g. ${DEFAULTS.DATABASE_URL}`);
  }

  const queuePrefix = read('QUEUE_PREFIX');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(queuePrefix)) {
    throw new ConfigError('QUEUE_PREFIX', 'must be 1–64 letters, digits, "-" or "_"');
  }
  const logLevel = read('LOG_LEVEL');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const seedRequested = env.SEED_DEMO === undefined ? true : parseBoolean('SEED_DEMO', env.SEED_DEMO);
  return {
    nodeEnv,
    host: read('HOST'),
    port: parseInteger('PORT', read('PORT'), 0, 65535),
    apiProcesses:
      read('API_PROCESSES') === 'auto' ? availableParallelism() : parseInteger('API_PROCESSES', read('API_PROCESSES'), 1, 64),
    databaseUrl,
    redisUrl,
    queuePrefix,
    logLevel: logLevel as AppConfig['logLevel'],
    // Demo accounts have a published password: never in production, whatever SEED_DEMO says.
    seedDemo: nodeEnv !== 'production' && seedRequested,
    accessTokenTtlHours: parseInteger('ACCESS_TOKEN_TTL_HOURS', read('ACCESS_TOKEN_TTL_HOURS'), 1, 24 * 30),
    webDist: env.WEB_DIST?.trim() || null,
    shutdownTimeoutMs: parseInteger('SHUTDOWN_TIMEOUT_MS', read('SHUTDOWN_TIMEOUT_MS'), 1000, 600000),
    signInLimitPerMinute: parseInteger('SIGNIN_LIMIT_PER_MINUTE', read('SIGNIN_LIMIT_PER_MINUTE'), 1, 1000000),
    readCacheMb: parseInteger('READ_CACHE_MB', read('READ_CACHE_MB'), 0, 65536),
    ssoSecretKey: parseSecretKey(env.SSO_SECRET_KEY?.trim(), nodeEnv),
    publicUrl: env.PUBLIC_URL?.trim() ? parseUrl('PUBLIC_URL', env.PUBLIC_URL.trim(), ['http:', 'https:']).replace(/\/+$/, '') : null,
  };
}

/** Published, so only good for development and tests: production needs SSO_SECRET_KEY of its own. */
const DEVELOPMENT_SSO_SECRET_KEY = createHash('sha256').update('wijkkracht development SSO key — not secret').digest();

function parseSecretKey(value: string | undefined, nodeEnv: AppConfig['nodeEnv']): Buffer | null {
  if (!value) return nodeEnv === 'production' ? null : DEVELOPMENT_SSO_SECRET_KEY;
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) {
    throw new ConfigError('SSO_SECRET_KEY', 'must be 32 random bytes, as 64 hex digits or base64 (openssl rand -base64 32)');
  }
  return key;
}

function parseUrl(variable: string, value: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `is not a valid URL: "${value}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(variable, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

function parseInteger(variable: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new ConfigError(variable, `must be a whole number, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new ConfigError(variable, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function parseBoolean(variable: string, value: string): boolean {
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new ConfigError(variable, `must be true or false, got "${value}"`);
}

/** Host and port of a connection URL, without credentials, for messages and logs. */
export function describeAddress(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? '6379' : '5432')}${u.pathname.length > 1 ? u.pathname : ''}`;
}
