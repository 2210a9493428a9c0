/** Every queue and job name, in one place (style.md). */
export const QUEUES = {
  maintenance: 'maintenance',
} as const;

export const JOBS = {
  purgeExpiredTokens: 'purge-expired-tokens',
} as const;
