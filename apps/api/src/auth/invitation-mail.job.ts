import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '@ln/domain';
import { recordAudit } from '../common/audit/audit-trail';
import { OneTimeToken, OneTimeTokenPurpose } from './one-time-token.entity';
import { hashToken, newToken } from './tokens';
import { AppConfig } from '../config/app-config';
import { MailQueue } from '../mail/mail-queue';
import { Mailer } from '../mail/mailer';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../people/user.entity';

const INVITATION_TTL_MS = 14 * 86_400_000;
const JOB = 'invitation-mail';

interface InvitationMail {
  email: string;
  organisationId: string;
  invitedById: string;
}

/**
 * The invitation mail, sent by a job that makes the invitation token in the transaction that sends it: the
 * working link is only in the mail, never in the queue; a failed send leaves no token behind.
 */
@Injectable()
export class InvitationMailJob {
  constructor(
    private readonly mailQueue: MailQueue,
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {
    mailQueue.defineMailJob<InvitationMail>(JOB, (data) => this.send(data));
  }

  enqueue(invitation: InvitationMail): Promise<void> {
    return this.mailQueue.send(JOB, invitation);
  }

  private async send({ email, organisationId, invitedById }: InvitationMail): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const organisation = await tx.findOne(Organisation, { id: organisationId, admittedAt: { $ne: null } });
      if (!organisation) return;
      const token = newToken('invite');
      const invitation = tx.create(OneTimeToken, {
        purpose: OneTimeTokenPurpose.INVITATION,
        tokenHash: hashToken(token),
        email,
        organisation,
        createdBy: tx.getReference(User, invitedById),
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      });
      // Recorded with the token, when the mail goes out (the address stays with the token, not in the trail).
      recordAudit(tx, {
        action: AuditAction.INVITATION_SENT,
        actorId: invitedById,
        organisationId: organisation.id,
        subject: { type: 'invitation', id: invitation.id },
      });
      await tx.flush();
      await this.mailer.send({
        to: email,
        subject: `Uitnodiging voor het Lerend Netwerk (${organisation.name})`,
        text:
          `Dag,\n\nJe bent uitgenodigd om als lid van ${organisation.name} deel te nemen aan het Lerend Netwerk ` +
          `intergemeentelijke samenwerking rond integratie.\n\nAanvaard binnen 14 dagen via:\n` +
          `${this.config.publicUrl}/uitnodiging?token=${encodeURIComponent(token)}\n`,
      });
    });
  }
}
