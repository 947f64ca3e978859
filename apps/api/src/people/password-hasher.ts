import { Algorithm, hash, verify } from '@node-rs/argon2';

// argon2id at OWASP's minimum (19 MiB, 2 iterations): each hash costs memory, so callers bound concurrency.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
