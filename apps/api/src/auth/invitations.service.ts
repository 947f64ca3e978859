import { Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { announceViewersChanged } from '../common/auth/viewers-changed';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { ErrorCode, INPUT_RULES, type Locale } from '@ln/domain';
import { OneTimeToken, OneTimeTokenPurpose } from './one-time-token.entity';
import { LoginThrottle } from './login-throttle';
import { hashToken } from './tokens';
import type { Viewer } from '../common/auth/viewer';
import { DomainError } from '../common/errors/domain-error';
import { message } from '../common/i18n/messages';
import { isUuid } from '../common/ids';
import { InputValidator } from '../common/validation';
import { Organisation } from '../organisations/organisation.entity';
import { InvitationMailJob } from './invitation-mail.job';
import { Membership } from '../people/membership.entity';
import type { AcceptInvitationInput, InviteToOrganisationInput } from './invitation.inputs';
import { User } from '../people/user.entity';

/** Facilitators invite a person by e-mail to an organisation; the link creates (or joins) the account. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly invitationMail: InvitationMailJob,
    private readonly throttle: LoginThrottle,
    private readonly pubSub: PubSubEngine,
  ) {}

  async invite(viewer: Viewer, input: InviteToOrganisationInput, locale: Locale): Promise<boolean> {
    const v = new InputValidator(locale);
    const fields = v.input(INPUT_RULES.inviteToOrganisation, input);
    const organisation = isUuid(input.organisationId)
      ? await this.em.findOne(Organisation, { id: input.organisationId, admittedAt: { $ne: null } })
      : null;
    if (!organisation) v.fail('organisationId', 'unknownOrganisation');
    v.done();
    const { email } = fields!;
    // The mail (and its token) is a job: a slow or failing mail server never fails or slows this mutation.
    await this.invitationMail.enqueue({ email, organisationId: organisation!.id, invitedById: viewer.userId });
    return true;
  }

  /** New address: creates the account. Known address: the password must be theirs. Either way: a membership. */
  async accept(input: AcceptInvitationInput, locale: Locale): Promise<User> {
    const invalid = () =>
      new DomainError(ErrorCode.BAD_USER_INPUT, message(locale, 'invalidToken'), { token: message(locale, 'invalidToken') });
    const preview = await this.em.findOne(OneTimeToken, {
      tokenHash: hashToken(input.token),
      purpose: OneTimeTokenPurpose.INVITATION,
      usedAt: null,
      expiresAt: { $gt: new Date() },
    });
    if (!preview?.email) throw invalid();
    const existing = await this.em.findOne(User, { email: preview.email }, { populate: ['passwordHash'] });
    const v = new InputValidator(locale);
    let passwordHash: string | null = null;
    let displayName: string | null = null;
    if (existing) {
      if (v.input(INPUT_RULES.acceptInvitation, input) && !(await this.throttle.verify(existing.passwordHash, input.password)))
        v.fail('password', 'invalidCredentials');
    } else {
      displayName = v.input(INPUT_RULES.acceptInvitationNewAccount, input)?.displayName ?? null;
    }
    v.done();
    if (!existing) passwordHash = await this.throttle.hash(input.password);

    const accepted = await this.em.transactional(async (tx) => {
      const token = await tx.findOne(OneTimeToken, { id: preview.id, usedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!token?.organisation) throw invalid();
      token.usedAt = new Date();
      const user = existing
        ? tx.merge(existing)
        : tx.create(User, { email: preview.email!, displayName: displayName!, passwordHash: passwordHash!, locale });
      if (!existing || !(await tx.count(Membership, { user, organisation: token.organisation }))) {
        tx.create(Membership, { user, organisation: token.organisation });
      }
      await tx.flush();
      return user;
    });
    await announceViewersChanged(this.pubSub, [accepted.id]);
    return accepted;
  }
}
