import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RegistrationStatus } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { conflict, notFound } from '../common/errors/domain-error';
import { isUuid } from '../common/ids';
import type { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../people/user.entity';
import { MeetingEvents } from './meeting-events';
import { MeetingRegistration } from './meeting-registration.entity';
import { Meeting } from './meeting.entity';
import { lockMeeting } from './meeting-lock';

const ACTIVE = [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED];

/**
 * Registrations with a capacity that holds under concurrency: every change locks the meeting row (FOR UPDATE) in
 * its transaction, so counting and inserting cannot interleave. Extra people wait; a freed place goes to the
 * person waiting longest, who is notified.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationsService,
    private readonly events: MeetingEvents,
  ) {}

  async register(viewer: Viewer, meetingId: string, now = new Date()): Promise<Meeting> {
    return this.change(meetingId, async (tx, meeting) => {
      if (meeting.cancelledAt) throw conflict('meetingCancelled');
      if (meeting.endsAt.getTime() <= now.getTime()) throw conflict('meetingPast');
      const mine = await tx.findOne(MeetingRegistration, { meeting, user: viewer.userId });
      if (mine && ACTIVE.includes(mine.status)) return [];
      const registered = await tx.count(MeetingRegistration, { meeting, status: RegistrationStatus.REGISTERED });
      const status =
        meeting.capacity == null || registered < meeting.capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
      if (mine) {
        mine.status = status;
        mine.attended = null;
        mine.createdAt = new Date(); // the waitlist is ordered by the time of (re-)registration
      } else {
        tx.create(MeetingRegistration, { meeting, user: tx.getReference(User, viewer.userId), status });
      }
      return [];
    });
  }

  async cancel(viewer: Viewer, meetingId: string): Promise<Meeting> {
    return this.change(meetingId, async (tx, meeting) => {
      const mine = await tx.findOne(MeetingRegistration, { meeting, user: viewer.userId, status: { $in: ACTIVE } });
      if (!mine) throw notFound('notRegistered');
      const freesPlace = mine.status === RegistrationStatus.REGISTERED;
      mine.status = RegistrationStatus.CANCELLED;
      await tx.flush();
      return freesPlace ? this.promote(tx, meeting) : [];
    });
  }

  /**
   * Fills free places from the waitlist, longest waiting first; queues a notification for each promoted person.
   * The caller holds the meeting's row lock.
   */
  async promote(tx: EntityManager, meeting: Meeting): Promise<Notification[]> {
    if (meeting.cancelledAt) return [];
    const registered = await tx.count(MeetingRegistration, { meeting, status: RegistrationStatus.REGISTERED });
    const free = meeting.capacity == null ? undefined : meeting.capacity - registered;
    if (free !== undefined && free <= 0) return [];
    const waiting = await tx.find(
      MeetingRegistration,
      { meeting, status: RegistrationStatus.WAITLISTED },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: free },
    );
    for (const registration of waiting) registration.status = RegistrationStatus.REGISTERED;
    return this.notifications.queue(
      tx,
      waiting.map((r) => r.user.id),
      {
        kind: 'WAITLIST_PROMOTED',
        subject: `Er kwam een plaats vrij: je bent nu ingeschreven voor ${meeting.title}.`,
        link: `/bijeenkomsten/${meeting.id}`,
      },
    );
  }

  /** Facilitators record who came; only people with a registration (registered or waiting) can be marked. */
  async recordAttendance(meetingId: string, userId: string, attended: boolean): Promise<MeetingRegistration> {
    if (!isUuid(meetingId) || !isUuid(userId)) throw notFound('registrationNotFound');
    const registration = await this.em.findOne(
      MeetingRegistration,
      { meeting: meetingId, user: userId, status: { $in: ACTIVE } },
      { populate: ['meeting'] },
    );
    if (!registration) throw notFound('personNotRegistered');
    if (registration.meeting.cancelledAt) throw conflict('meetingCancelled');
    registration.attended = attended;
    await this.em.flush();
    return registration;
  }

  /** The people to tell about a change: everyone registered or waiting. */
  async activeUserIds(tx: EntityManager, meeting: Meeting): Promise<string[]> {
    const rows = await tx.find(MeetingRegistration, { meeting, status: { $in: ACTIVE } });
    return rows.map((row) => row.user.id);
  }

  private async change(meetingId: string, work: (tx: EntityManager, meeting: Meeting) => Promise<Notification[]>): Promise<Meeting> {
    if (!isUuid(meetingId)) throw notFound('meetingNotFound');
    const queued: Notification[] = [];
    const meeting = await this.em.transactional(async (tx) => {
      const locked = await lockMeeting(tx, meetingId);
      queued.push(...(await work(tx, locked)));
      await tx.flush();
      return locked;
    });
    await this.notifications.announce(queued);
    await this.events.changed(meeting.id);
    return meeting;
  }
}
