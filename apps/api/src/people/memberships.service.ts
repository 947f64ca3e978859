import { Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { announceViewersChanged } from '../common/auth/viewers-changed';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AuditAction, INPUT_RULES, MembershipRequestStatus, NetworkRole, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { conflict, notFound } from '../common/errors/domain-error';
import { isUuid } from '../common/ids';
import { recordAudit } from '../common/audit/audit-trail';
import { InputValidator } from '../common/validation';
import type { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Organisation } from '../organisations/organisation.entity';
import { MembershipRequest } from './membership-request.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { findByIdOr404 } from '../common/database/find-by-id';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationsService,
    private readonly pubSub: PubSubEngine,
  ) {}

  pending(): Promise<MembershipRequest[]> {
    return this.em.find(
      MembershipRequest,
      { status: MembershipRequestStatus.PENDING },
      { populate: ['user', 'organisation'], orderBy: { createdAt: 'asc' } },
    );
  }

  mine(viewer: Viewer): Promise<MembershipRequest[]> {
    return this.em.find(MembershipRequest, { user: viewer.userId }, { populate: ['organisation'], orderBy: { createdAt: 'desc' } });
  }

  /** A signed-in person asks to join an organisation. */
  async request(viewer: Viewer, organisationId: string, note: string | null | undefined, locale: Locale): Promise<MembershipRequest> {
    const v = new InputValidator(locale);
    const message = v.input(INPUT_RULES.requestMembership, { message: note })?.message ?? null;
    const organisation = isUuid(organisationId) ? await this.em.findOne(Organisation, { id: organisationId }) : null;
    if (!organisation) v.fail('organisationId', 'unknownOrganisation');
    v.done();
    if (viewer.organisationIds.includes(organisationId)) throw conflict('alreadyMember');
    const existing = await this.em.findOne(MembershipRequest, {
      user: viewer.userId,
      organisation: organisationId,
      status: MembershipRequestStatus.PENDING,
    });
    if (existing) return existing;
    const request = this.em.create(MembershipRequest, {
      user: this.em.getReference(User, viewer.userId),
      organisation: organisation!,
      message,
    });
    await this.em.flush();
    return request;
  }

  async approve(viewer: Viewer, requestId: string): Promise<Membership> {
    const queued: Notification[] = [];
    const result = await this.em.transactional(async (tx) => {
      const request = await this.lockPending(tx, requestId);
      request.status = MembershipRequestStatus.APPROVED;
      request.decidedAt = new Date();
      request.decidedBy = tx.getReference(User, viewer.userId);
      const membership =
        (await tx.findOne(Membership, { user: request.user, organisation: request.organisation })) ??
        tx.create(Membership, { user: request.user, organisation: request.organisation });
      recordAudit(tx, {
        action: AuditAction.MEMBERSHIP_APPROVED,
        actorId: viewer.userId,
        personId: request.user.id,
        organisationId: request.organisation.id,
        subject: { type: 'membershipRequest', id: request.id },
      });
      queued.push(
        ...this.notifications.queue(tx, [request.user.id], {
          kind: 'MEMBERSHIP_APPROVED',
          subject: `Je lidmaatschap van ${request.organisation.name} is goedgekeurd.`,
          link: `/organisaties/${request.organisation.id}`,
        }),
      );
      await tx.flush();
      return membership;
    });
    await announceViewersChanged(this.pubSub, [result.user.id]);
    await this.notifications.announce(queued);
    return result;
  }

  async reject(viewer: Viewer, requestId: string, reason: string | null | undefined, locale: Locale): Promise<MembershipRequest> {
    const v = new InputValidator(locale);
    const why = v.input(INPUT_RULES.rejectMembershipRequest, { reason })?.reason ?? null;
    v.done();
    const queued: Notification[] = [];
    const result = await this.em.transactional(async (tx) => {
      const request = await this.lockPending(tx, requestId);
      request.status = MembershipRequestStatus.REJECTED;
      request.decidedAt = new Date();
      request.decidedBy = tx.getReference(User, viewer.userId);
      recordAudit(tx, {
        action: AuditAction.MEMBERSHIP_REJECTED,
        actorId: viewer.userId,
        personId: request.user.id,
        organisationId: request.organisation.id,
        subject: { type: 'membershipRequest', id: request.id },
        details: why ? { reason: why } : {},
      });
      queued.push(
        ...this.notifications.queue(tx, [request.user.id], {
          kind: 'MEMBERSHIP_REJECTED',
          subject: `Je aanvraag bij ${request.organisation.name} werd niet goedgekeurd${why ? `: ${why}` : '.'}`,
          link: '/profiel',
        }),
      );
      await tx.flush();
      return request;
    });
    await this.notifications.announce(queued);
    return result;
  }

  /** Ends a membership; the person loses access on their next request. */
  async remove(viewer: Viewer, membershipId: string): Promise<boolean> {
    const queued: Notification[] = [];
    const userIdOfRemoved = await this.em.transactional(async (tx) => {
      const membership = await findByIdOr404(tx, Membership, membershipId, 'membershipNotFound', { populate: ['organisation'] });
      queued.push(
        ...this.notifications.queue(tx, [membership.user.id], {
          kind: 'MEMBERSHIP_ENDED',
          subject: `Je lidmaatschap van ${membership.organisation.name} werd beëindigd.`,
          link: '/profiel',
        }),
      );
      recordAudit(tx, {
        action: AuditAction.MEMBERSHIP_REMOVED,
        actorId: viewer.userId,
        personId: membership.user.id,
        organisationId: membership.organisation.id,
      });
      tx.remove(membership);
      await tx.flush();
      return membership.user.id;
    });
    await announceViewersChanged(this.pubSub, [userIdOfRemoved]);
    await this.notifications.announce(queued);
    return true;
  }

  /** Admins set staff roles; the last admin cannot step down (someone must be able to manage roles). */
  async setRole(viewer: Viewer, userId: string, role: NetworkRole): Promise<User> {
    const changed = await this.em.transactional(async (tx) => {
      const user = await findByIdOr404(tx, User, userId, 'personNotFound', { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (user.role === NetworkRole.ADMIN && role !== NetworkRole.ADMIN) {
        await tx.execute('select id from app_user where role = ? for update', [NetworkRole.ADMIN]);
        if ((await tx.count(User, { role: NetworkRole.ADMIN, deactivatedAt: null })) <= 1) {
          throw conflict('lastAdmin');
        }
      }
      if (user.role !== role) {
        recordAudit(tx, {
          action: AuditAction.ROLE_CHANGED,
          actorId: viewer.userId,
          personId: user.id,
          details: { from: user.role, to: role },
        });
      }
      user.role = role;
      await tx.flush();
      return user;
    });
    await announceViewersChanged(this.pubSub, [changed.id]);
    return changed;
  }

  private async lockPending(tx: EntityManager, requestId: string): Promise<MembershipRequest> {
    const request = isUuid(requestId)
      ? await tx.findOne(MembershipRequest, { id: requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!request) throw notFound('membershipRequestNotFound');
    await tx.populate(request, ['user', 'organisation']);
    if (request.status !== MembershipRequestStatus.PENDING) throw conflict('membershipRequestDecided');
    return request;
  }
}
