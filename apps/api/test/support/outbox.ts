import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OutboxMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface TempOutbox {
  dir: string;
  mails(to?: string): OutboxMail[];
  /** Mail goes out through the job queue: waits until at least `count` mails to `to` are there, and returns them. */
  waitFor(to: string, count?: number, timeoutMs?: number): Promise<OutboxMail[]>;
}

/** A dev outbox of the test's own (OUTBOX_DIR), readable by the API process (which may run as another user). */
export function tempOutbox(): TempOutbox {
  const dir = mkdtempSync(join(tmpdir(), 'ln-outbox-'));
  chmodSync(dir, 0o755);
  const mails = (to?: string) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.json')) // not a mail still being written (.part)
      .sort()
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as OutboxMail)
      .filter((mail) => to === undefined || mail.to === to);
  return {
    dir,
    mails,
    waitFor: async (to, count = 1, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails(to);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`Geen ${count} mail(s) aan ${to} binnen ${timeoutMs} ms (wel ${found.length}).`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Waits a while for mail that should not come (the queue is given time to send it). */
export function settleQueue(ms = 1500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
