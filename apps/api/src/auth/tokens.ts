import { createHash, randomBytes } from 'node:crypto';

/** A secret for a session or an e-mailed link: 256 random bits, URL-safe. */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Only this is stored: a database leak does not hand out working tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
