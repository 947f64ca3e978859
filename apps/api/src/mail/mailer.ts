import { Injectable } from '@nestjs/common';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { PinoLogger } from 'nestjs-pino';
import { lazyModule } from '../common/lazy-module';
import { AppConfig } from '../config/app-config';

const nodemailer = lazyModule(() => require('nodemailer') as typeof import('nodemailer'));

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends one mail now. Features never call it inside a request: they enqueue mail (MailQueue) and a job sends it.
 * Sends mail through SMTP when SMTP_URL is set; otherwise writes each message as a JSON file to the dev outbox
 * (OUTBOX_DIR, default .data/outbox), where a developer reads reset and invitation links.
 */
@Injectable()
export class Mailer {
  private transportOf?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(Mailer.name);
  }

  /** The SMTP transport, made (and nodemailer loaded) with the first mail; none without SMTP_URL. */
  private get transport(): Transporter | undefined {
    const { smtpUrl, timeoutMs: timeout } = this.config.mail;
    if (!smtpUrl) return undefined;
    // A slow or silent server fails the attempt (the job queue retries it) instead of holding a worker.
    this.transportOf ??= nodemailer().createTransport({
      url: smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    return this.transportOf;
  }

  async send(message: MailMessage): Promise<void> {
    const transport = this.transport;
    if (transport) {
      await transport.sendMail({ from: this.config.mail.from, ...message });
      // Not the subject: it can hold names, members-only thread titles and reasons (docs/privacy.md).
      this.logger.info('Mail verstuurd');
      return;
    }
    mkdirSync(this.config.mail.outboxDir, { recursive: true });
    const file = join(this.config.mail.outboxDir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`);
    // Written aside, then renamed: whoever reads the outbox never sees half a mail.
    writeFileSync(
      `${file}.part`,
      JSON.stringify({ from: this.config.mail.from, ...message, createdAt: new Date().toISOString() }, null, 2),
    );
    renameSync(`${file}.part`, file);
    this.logger.info({ file }, 'Mail in de dev-outbox gezet');
  }
}
