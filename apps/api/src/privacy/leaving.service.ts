import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, ErrorCode, INPUT_RULES, LeavingPosts, NetworkRole, type Locale } from '@ln/domain';
import { recordAudit } from '../common/audit/audit-trail';
import type { Viewer } from '../common/auth/viewer';
import { findByIdOr404 } from '../common/database/find-by-id';
import { conflict, DomainError } from '../common/errors/domain-error';
import { message } from '../common/i18n/messages';
import { InputValidator } from '../common/validation';
import { AppConfig } from '../config/app-config';
import { LoginThrottle } from '../auth/login-throttle';
import { SessionsService } from '../auth/sessions.service';
import { MailQueue } from '../mail/mail-queue';
import { User } from '../people/user.entity';

const DAY_MS = 86_400_000;

/**
 * Leaving the network: the person (after entering their password again), or a facilitator on their request, asks
 * for the account to go. Every session ends at once; the account is purged after ACCOUNT_DELETION_GRACE_DAYS, and
 * signing in before then cancels it (AuthService).
 */
@Injectable()
export class LeavingService {
  constructor(
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionsService,
    private readonly mailQueue: MailQueue,
    private readonly config: AppConfig,
  ) {}

  /** The person themselves; returns the day the account will be purged. */
  async leave(viewer: Viewer, password: string, posts: LeavingPosts, locale: Locale): Promise<Date> {
    const v = new InputValidator(locale);
    v.input(INPUT_RULES.leaveNetwork, { password });
    v.done();
    const user = await this.em.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
    if (!(await this.throttle.verify(user.passwordHash, password))) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, message(locale, 'fixFields'), { password: message(locale, 'invalidCredentials') });
    }
    return this.schedule(viewer, viewer.userId, posts, null);
  }

  /** A facilitator, on the person's request (say, by mail); the reason goes in the audit trail. */
  async leaveFor(viewer: Viewer, userId: string, posts: LeavingPosts, reason: string, locale: Locale): Promise<Date> {
    const v = new InputValidator(locale);
    const why = v.input(INPUT_RULES.removeAccount, { reason })?.reason ?? '';
    v.done();
    return this.schedule(viewer, userId, posts, why);
  }

  private async schedule(viewer: Viewer, userId: string, posts: LeavingPosts, reason: string | null): Promise<Date> {
    const purgeOn = new Date(Date.now() + this.config.accountDeletionGraceDays * DAY_MS);
    const ended = await this.em.transactional(async (tx) => {
      const user = await findByIdOr404(tx, User, userId, 'personNotFound', { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (user.deletionRequestedAt || user.deletedAt) throw conflict('accountAlreadyLeaving');
      if (user.role === NetworkRole.ADMIN) {
        await tx.execute('select id from app_user where role = ? for update', [NetworkRole.ADMIN]);
        const admins = await tx.count(User, { role: NetworkRole.ADMIN, deactivatedAt: null, deletionRequestedAt: null });
        if (admins <= 1) throw conflict('lastAdminCannotLeave');
      }
      user.deletionRequestedAt = new Date();
      user.leavingPosts = posts;
      const ids = await this.sessions.revokeAllIn(tx, user.id);
      recordAudit(tx, {
        action: AuditAction.ACCOUNT_DELETION_REQUESTED,
        actorId: viewer.userId,
        personId: user.id,
        details: { posts, purgeOn: purgeOn.toISOString().slice(0, 10), ...(reason ? { reason } : {}) },
      });
      await this.mailQueue.enqueue(leavingMail(user, purgeOn, this.config.publicUrl), tx);
      await tx.flush();
      return ids;
    });
    await this.sessions.announceEnded(ended);
    return purgeOn;
  }
}

function leavingMail(user: User, purgeOn: Date, publicUrl: string) {
  const day = purgeOn.toLocaleDateString(user.locale === 'en' ? 'en-GB' : 'nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long' });
  const signIn = `${publicUrl.replace(/\/+$/, '')}/aanmelden`;
  return user.locale === 'en'
    ? {
        to: user.email,
        subject: 'Your account will be deleted — Lerend Netwerk',
        text: `Hello ${user.displayName},\n\nYour account on the Lerend Netwerk will be deleted on ${day}.\nChanged your mind? Sign in before then and nothing is deleted:\n${signIn}\n`,
      }
    : {
        to: user.email,
        subject: 'Je account wordt verwijderd — Lerend Netwerk',
        text: `Dag ${user.displayName},\n\nJe account op het Lerend Netwerk wordt verwijderd op ${day}.\nToch niet? Meld je voor die dag aan en er wordt niets verwijderd:\n${signIn}\n`,
      };
}
