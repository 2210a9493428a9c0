import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The algorithm is the
// library's default (2 = Argon2id); stated numerically because its enum is a const enum.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// A real hash of a random password: verifying against it when the user does not exist costs the
// same time as a real check, so response times do not reveal which e-mail addresses exist.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    dummyHash ??= hashPassword(randomBytes(24).toString('base64'));
    return await verify(passwordHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
