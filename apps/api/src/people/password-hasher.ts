import { Algorithm } from '@node-rs/argon2';
import { lazyModule } from '../common/lazy-module';

// The native addon is loaded at the first login or password change, not at start-up (`Algorithm` is a const enum: inlined).
const argon2 = lazyModule(() => require('@node-rs/argon2') as typeof import('@node-rs/argon2'));

// argon2id at OWASP's minimum (19 MiB, 2 iterations): each hash costs memory, so callers bound concurrency.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2().hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2().verify(passwordHash, password);
  } catch {
    return false;
  }
}
