import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret } from './secret-box';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and never shows the plaintext in the sealed form', () => {
    const sealed = sealSecret(key, 'client-secret-ÿ', 'org-1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('client-secret');
    expect(openSecret(key, sealed, 'org-1')).toBe('client-secret-ÿ');
  });

  it('seals the same secret differently every time (random IV)', () => {
    expect(sealSecret(key, 's', 'org-1')).not.toBe(sealSecret(key, 's', 'org-1'));
  });

  it('refuses another key, another organisation, or a changed ciphertext', () => {
    const sealed = sealSecret(key, 'secret', 'org-1');
    expect(() => openSecret(randomBytes(32), sealed, 'org-1')).toThrow();
    expect(() => openSecret(key, sealed, 'org-2')).toThrow();
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(() => openSecret(key, `v1.${raw.toString('base64url')}`, 'org-1')).toThrow();
    expect(() => openSecret(key, 'v1.AAAA', 'org-1')).toThrow();
    expect(() => openSecret(key, 'plain', 'org-1')).toThrow();
  });
});
