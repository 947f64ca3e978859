import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OutboxMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** A dev outbox of the test's own (OUTBOX_DIR), readable by the API process (which may run as another user). */
export function tempOutbox(): { dir: string; mails(to?: string): OutboxMail[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ln-outbox-'));
  chmodSync(dir, 0o755);
  return {
    dir,
    mails: (to?: string) =>
      readdirSync(dir)
        .sort()
        .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as OutboxMail)
        .filter((mail) => to === undefined || mail.to === to),
  };
}
