import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@ln/domain';
import { AppConfig } from '../config/app-config';
import { MailQueue } from '../mail/mail-queue';
import { Mailer } from '../mail/mailer';
import { User } from '../people/user.entity';
import { OneTimeToken, OneTimeTokenPurpose } from './one-time-token.entity';
import { hashToken, newToken } from './tokens';

const RESET_TTL_MS = 60 * 60 * 1000;
const JOB = 'password-reset-mail';

interface PasswordResetMail {
  userId: string;
  locale: Locale;
}

/**
 * The password-reset mail, sent by a job. The job makes the token itself, in the transaction that sends the mail:
 * the working link exists only in the mail, never in the queue, and a failed send leaves no token behind.
 */
/** The password-reset mail in each language. */
const RESET_MAIL: Record<Locale, (name: string, link: string) => { subject: string; text: string }> = {
  nl: (name, link) => ({
    subject: 'Je wachtwoord herstellen — Lerend Netwerk',
    text: `Dag ${name},\n\nKies binnen het uur een nieuw wachtwoord via:\n${link}\n\nVroeg je dit niet aan? Negeer dan deze mail.`,
  }),
  en: (name, link) => ({
    subject: 'Reset your password — Lerend Netwerk',
    text: `Hello ${name},\n\nChoose a new password within one hour via:\n${link}\n\nDid you not ask for this? Then ignore this mail.`,
  }),
};

@Injectable()
export class PasswordResetMailJob {
  constructor(
    private readonly mailQueue: MailQueue,
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {
    mailQueue.defineMailJob<PasswordResetMail>(JOB, (data) => this.send(data));
  }

  enqueue(userId: string, locale: Locale): Promise<void> {
    return this.mailQueue.send<PasswordResetMail>(JOB, { userId, locale });
  }

  private async send({ userId, locale }: PasswordResetMail): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const user = await tx.findOne(User, { id: userId, deactivatedAt: null });
      if (!user) return;
      const token = newToken('reset');
      tx.create(OneTimeToken, {
        purpose: OneTimeTokenPurpose.PASSWORD_RESET,
        tokenHash: hashToken(token),
        user,
        expiresAt: new Date(Date.now() + RESET_TTL_MS),
      });
      await tx.flush();
      const link = `${this.config.publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
      await this.mailer.send({ to: user.email, ...RESET_MAIL[locale](user.displayName, link) });
    });
  }
}
