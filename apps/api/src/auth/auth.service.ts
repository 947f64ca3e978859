import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AuditAction, ErrorCode, INPUT_RULES, LIMITS, MembershipRequestStatus, type Locale } from '@ln/domain';
import { recordAudit } from '../common/audit/audit-trail';
import type { Viewer } from '../common/auth/viewer';
import { DomainError } from '../common/errors/domain-error';
import { message } from '../common/i18n/messages';
import { isUuid } from '../common/ids';
import { InputValidator } from '../common/validation';
import { Organisation } from '../organisations/organisation.entity';
import { MembershipRequest } from '../people/membership-request.entity';
import { User } from '../people/user.entity';
import type { RegisterInput, ResetPasswordInput } from './auth.inputs';
import { LoginThrottle } from './login-throttle';
import { OneTimeToken, OneTimeTokenPurpose } from './one-time-token.entity';
import { PasswordResetMailJob } from './password-reset-mail.job';
import { SessionsService } from './sessions.service';
import { hashToken } from './tokens';

// A real argon2id hash of a random password: unknown e-mails cost as much time as known ones.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$qBcP3lkeiSgTlXnTNSwfgQ$iNEDgh5DkvOUtoxwD75I92k0XT8W2dLlguW4G1x9tc0';

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly resetMail: PasswordResetMailJob,
  ) {}

  async register(input: RegisterInput, locale: Locale): Promise<SignedIn> {
    const v = new InputValidator(locale);
    const fields = v.input(INPUT_RULES.register, input);
    let organisation: Organisation | null = null;
    if (input.organisationId) {
      organisation = isUuid(input.organisationId)
        ? await this.em.findOne(Organisation, { id: input.organisationId, admittedAt: { $ne: null } })
        : null;
      if (!organisation) v.fail('organisationId', 'unknownOrganisation');
    }
    if (fields && (await this.em.count(User, { email: fields.email })) > 0) v.fail('email', 'emailTaken');
    v.done();

    const { email, displayName } = fields!;
    const passwordHash = await this.throttle.hash(input.password);
    const user = this.em.create(User, { email, displayName, passwordHash, locale });
    if (organisation)
      this.em.create(MembershipRequest, { user, organisation, message: fields?.message ?? null, status: MembershipRequestStatus.PENDING });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, message(locale, 'fixFields'), { email: message(locale, 'emailTaken') });
      }
      throw error;
    }
    return { user, ...(await this.sessions.create(user.id)) };
  }

  async login(emailInput: string, password: string, address: string, locale: Locale): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase().slice(0, 320);
    await this.throttle.beforeAttempt(email, address);
    const user = await this.em.findOne(User, { email, deactivatedAt: null }, { populate: ['passwordHash'] });
    const valid = await this.throttle.verify(user?.passwordHash ?? DUMMY_HASH, password.slice(0, LIMITS.passwordMaxLength));
    if (!user || !valid) {
      const lockedOut = await this.throttle.failed(email);
      if (lockedOut && user) await this.recordLockout(user.id);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, message(locale, 'invalidCredentials'));
    }
    await this.throttle.succeeded(email);
    if (user.deletionRequestedAt) await this.cancelLeaving(user);
    return { user, ...(await this.sessions.create(user.id)) };
  }

  /** Someone who asked to leave signs in within the grace period: the account stays. */
  private async cancelLeaving(user: User): Promise<void> {
    user.deletionRequestedAt = null;
    user.leavingPosts = null;
    recordAudit(this.em, { action: AuditAction.ACCOUNT_DELETION_CANCELLED, actorId: user.id, personId: user.id });
    await this.em.flush();
  }

  logout(token: string | null | undefined): Promise<void> {
    return token ? this.sessions.revoke(token) : Promise.resolve();
  }

  /** Signs the person out on every device (a lost phone, a shared computer); returns how many sessions ended. */
  async logoutEverywhere(viewer: Viewer): Promise<number> {
    const ended = await this.em.transactional(async (tx) => {
      const ids = await this.sessions.revokeAllIn(tx, viewer.userId);
      recordAudit(tx, {
        action: AuditAction.SESSIONS_REVOKED,
        actorId: viewer.userId,
        personId: viewer.userId,
        details: { sessions: ids.length },
      });
      await tx.flush();
      return ids;
    });
    await this.sessions.announceEnded(ended);
    return ended.length;
  }

  /** Always answers the same, whether the address is known or not. The mail is a job: a slow or failing mail
   * server never fails or slows this mutation. */
  async requestPasswordReset(emailInput: string, locale: Locale): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.em.findOne(User, { email, deactivatedAt: null });
    if (!user) return;
    await this.resetMail.enqueue(user.id, locale);
  }

  /** Sets the new password, uses up the token and signs the person out everywhere. */
  async resetPassword(input: ResetPasswordInput, locale: Locale): Promise<void> {
    const v = new InputValidator(locale);
    v.input(INPUT_RULES.resetPassword, input);
    v.done();
    const passwordHash = await this.throttle.hash(input.password);
    const ended = await this.em.transactional(async (tx) => {
      const found = await tx.findOne(
        OneTimeToken,
        { tokenHash: hashToken(input.token), purpose: OneTimeTokenPurpose.PASSWORD_RESET, usedAt: null, expiresAt: { $gt: new Date() } },
        { populate: ['user'], lockMode: 4 /* PESSIMISTIC_WRITE */ },
      );
      if (!found?.user)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, message(locale, 'invalidToken'), { token: message(locale, 'invalidToken') });
      found.usedAt = new Date();
      found.user.passwordHash = passwordHash;
      const ids = await this.sessions.revokeAllIn(tx, found.user.id);
      recordAudit(tx, {
        action: AuditAction.PASSWORD_RESET,
        actorId: null,
        personId: found.user.id,
        details: { sessionsRevoked: ids.length },
      });
      await tx.flush();
      return ids;
    });
    await this.sessions.announceEnded(ended);
  }

  /** Repeated failed logins locked the account for a while: a security event (no address or IP kept). */
  private async recordLockout(userId: string): Promise<void> {
    const em = this.em.fork();
    recordAudit(em, { action: AuditAction.LOGIN_THROTTLED, actorId: null, personId: userId });
    await em.flush();
  }
}
