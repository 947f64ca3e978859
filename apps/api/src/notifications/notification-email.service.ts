import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer';
import { invalidField } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { Mailer } from '../mail/mailer';
import { MailQueue } from '../mail/mail-queue';
import { defaultEmailFrequency, EmailFrequency, NOTIFICATION_KINDS } from './notification-preference.entity';

interface Recipient {
  id: string;
  email: string;
  display_name: string;
}

type DigestFrequency = EmailFrequency.DAILY | EmailFrequency.WEEKLY;

/** E-mail for notifications, by each person's preference per kind: at once, in a daily or weekly digest, or not. */
@Injectable()
export class NotificationEmailService {
  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly mailQueue: MailQueue,
    private readonly config: AppConfig,
  ) {}

  async preferences(viewer: Viewer): Promise<Array<{ kind: string; email: EmailFrequency }>> {
    const rows: Array<{ kind: string; email: EmailFrequency }> = await this.em
      .getConnection()
      .execute('select kind, email from notification_preference where user_id = ?', [viewer.userId]);
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return NOTIFICATION_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? defaultEmailFrequency(kind) }));
  }

  async setPreference(viewer: Viewer, kind: string, email: EmailFrequency): Promise<void> {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) throw invalidField('kind', 'unknownNotificationKind');
    await this.em.getConnection().execute(
      `insert into notification_preference (user_id, kind, email) values (?, ?, ?)
       on conflict (user_id, kind) do update set email = excluded.email`,
      [viewer.userId, kind, email],
    );
  }

  /**
   * The job behind each new notification (enqueued with it, NotificationMailSubscriber): mails it now, marks it for
   * its digest, or nothing, by the person's preference. Marked emailed in the same transaction, so a retry after a
   * failed send mails it once.
   */
  async deliver(notificationId: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const rows: Array<{ id: string; user_id: string; kind: string; subject: string; link: string; email: EmailFrequency | null }> =
        await tx.execute(
          `select n.id, n.user_id, n.kind, n.subject, n.link, p.email from notification n
           left join notification_preference p on p.user_id = n.user_id and p.kind = n.kind
          where n.id = ? and n.emailed_at is null and n.digest is null
          for update of n`,
          [notificationId],
        );
      const row = rows.at(0);
      if (!row) return;
      const frequency = row.email ?? defaultEmailFrequency(row.kind);
      const recipient = (await this.recipients([row.user_id], tx)).get(row.user_id);
      if (frequency === EmailFrequency.NONE || !recipient) return;
      if (frequency !== EmailFrequency.IMMEDIATE) {
        await tx.execute('update notification set digest = ? where id = ?', [frequency, row.id]);
        return;
      }
      await this.mailer.send({ to: recipient.email, subject: `Lerend Netwerk: ${row.subject}`, text: this.body(recipient, [row]) });
      await tx.execute('update notification set emailed_at = now() where id = ?', [row.id]);
    });
  }

  /**
   * One mail per person with everything waiting for this digest, enqueued in the transaction that marks the
   * notifications emailed; safe to run on several instances at once.
   */
  async sendDigests(frequency: DigestFrequency, asOf: Date): Promise<number> {
    return this.em.fork().transactional(async (tx) => {
      // One run at a time per frequency, across replicas: row locks with skip locked could split one person's
      // notifications over two concurrent runs, and so over two digests.
      await tx.execute(`select pg_advisory_xact_lock(hashtext('notification-digest:' || ?))`, [frequency]);
      const pending: Array<{ id: string; user_id: string; subject: string; link: string }> = await tx.execute(
        `select id, user_id, subject, link from notification
          where digest = ? and emailed_at is null and created_at <= ?
          order by created_at for update`,
        [frequency, asOf],
      );
      if (pending.length === 0) return 0;
      const recipients = await this.recipients([...new Set(pending.map((p) => p.user_id))], tx);
      let mails = 0;
      for (const [userId, recipient] of recipients) {
        const items = pending.filter((p) => p.user_id === userId);
        const label = frequency === EmailFrequency.DAILY ? 'dagelijks' : 'wekelijks';
        const subject = `Lerend Netwerk: ${items.length} nieuwe melding${items.length === 1 ? '' : 'en'} (${label} overzicht)`;
        await this.mailQueue.enqueue({ to: recipient.email, subject, text: this.body(recipient, items) }, tx);
        mails += 1;
      }
      await tx.execute('update notification set emailed_at = ? where id in (?)', [asOf, pending.map((p) => p.id)]);
      return mails;
    });
  }

  private async recipients(userIds: string[], em: EntityManager = this.em): Promise<Map<string, Recipient>> {
    const rows: Recipient[] = await em.execute('select id, email, display_name from app_user where id in (?) and deactivated_at is null', [
      userIds,
    ]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  private body(recipient: Recipient, items: Array<{ subject: string; link: string }>): string {
    const lines = items.map((item) => `- ${item.subject}\n  ${this.config.publicUrl}${item.link}`);
    return `Dag ${recipient.display_name},\n\n${lines.join('\n')}\n\nJe kiest zelf welke meldingen je per e-mail krijgt via ${this.config.publicUrl}/profiel.\n`;
  }
}
