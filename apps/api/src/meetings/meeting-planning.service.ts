import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, INPUT_RULES, Visibility, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { conflict } from '../common/errors/domain-error';
import { recordAudit } from '../common/audit/audit-trail';
import { InputValidator } from '../common/validation';
import type { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../people/user.entity';
import { writeAgenda, writeInvitations } from './agenda-writer';
import { MeetingEvents } from './meeting-events';
import type { PlanMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import { Meeting } from './meeting.entity';
import { validateMeeting } from './meeting-validation';
import { lockMeeting } from './meeting-lock';
import { RegistrationsService } from './registrations.service';
import { attachFiles } from '../files/file-attachments';
import type { FileRef } from '../files/file-owner';
import { FilesService, ormRunner } from '../files/files.service';

type Change = (tx: EntityManager, meeting: Meeting) => Promise<Notification[]>;

/** Facilitators plan, change and cancel meetings and keep their minutes; the people registered are told. */
@Injectable()
export class MeetingPlanningService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationsService,
    private readonly registrations: RegistrationsService,
    private readonly events: MeetingEvents,
    private readonly files: FilesService,
  ) {}

  async plan(viewer: Viewer, input: PlanMeetingInput, locale: Locale, now = new Date()): Promise<Meeting> {
    const clean = validateMeeting({ ...input, visibility: input.visibility ?? Visibility.MEMBERS }, locale, { now, checkStart: true });
    const meeting = await this.em.transactional(async (tx) => {
      const { agenda, ...fields } = clean;
      const created = tx.create(Meeting, { ...fields, createdBy: tx.getReference(User, viewer.userId) });
      await writeAgenda(tx, created, agenda ?? [], locale, true);
      if (input.invitedOrganisationIds) await writeInvitations(tx, created, input.invitedOrganisationIds, locale);
      await tx.flush();
      return created;
    });
    await this.events.changed(meeting.id);
    return meeting;
  }

  /** Optimistic concurrency: a stale expectedVersion is a CONFLICT; each change bumps the version. */
  update(id: string, input: UpdateMeetingInput, expectedVersion: number, locale: Locale, now = new Date()): Promise<Meeting> {
    return this.change(id, expectedVersion, async (tx, meeting) => {
      const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
      const startsAt = input.startsAt ?? meeting.startsAt;
      const clean = validateMeeting(
        {
          title: keep(input.title, meeting.title),
          description: keep(input.description, meeting.description),
          startsAt,
          endsAt: input.endsAt ?? meeting.endsAt,
          location: keep(input.location, meeting.location),
          onlineUrl: keep(input.onlineUrl, meeting.onlineUrl),
          capacity: keep(input.capacity, meeting.capacity),
          visibility: input.visibility ?? meeting.visibility,
          agenda: input.agenda,
        },
        locale,
        { now, checkStart: startsAt.getTime() !== meeting.startsAt.getTime() },
      );
      const { agenda, ...fields } = clean;
      tx.assign(meeting, fields);
      if (agenda) await writeAgenda(tx, meeting, agenda, locale, false);
      if (input.invitedOrganisationIds) await writeInvitations(tx, meeting, input.invitedOrganisationIds, locale);
      await tx.flush();
      const promoted = await this.registrations.promote(tx, meeting); // a larger capacity frees places
      return [...promoted, ...(await this.tell(tx, meeting, 'MEETING_CHANGED', `De bijeenkomst ${meeting.title} werd gewijzigd.`))];
    });
  }

  async cancel(viewer: Viewer, id: string, reason: string, locale: Locale): Promise<Meeting> {
    const v = new InputValidator(locale);
    const text = v.input(INPUT_RULES.cancelMeeting, { reason })?.reason ?? null;
    v.done();
    return this.change(id, null, async (tx, meeting) => {
      if (meeting.cancelledAt) throw conflict('meetingAlreadyCancelled');
      meeting.cancelledAt = new Date();
      meeting.cancelReason = text;
      recordAudit(tx, {
        action: AuditAction.MEETING_CANCELLED,
        actorId: viewer.userId,
        subject: { type: 'meeting', id: meeting.id },
        details: { title: meeting.title, reason: text },
      });
      return this.tell(tx, meeting, 'MEETING_CANCELLED', `De bijeenkomst ${meeting.title} werd geannuleerd: ${text}`);
    });
  }

  /** The minutes, and with `files` the documents that go with them (the whole list: files left out are removed). */
  async recordMinutes(
    viewer: Viewer,
    id: string,
    minutes: string,
    expectedVersion: number,
    files: FileRef[] | null | undefined,
    locale: Locale,
  ): Promise<Meeting> {
    const v = new InputValidator(locale);
    const text = v.input(INPUT_RULES.recordMinutes, { minutes })?.minutes ?? null;
    v.done();
    let dropped: string[] = [];
    const meeting = await this.change(id, expectedVersion, async (tx, locked) => {
      locked.minutes = text;
      if (files) {
        dropped = await attachFiles(
          ormRunner(tx),
          viewer.userId,
          files,
          { kind: 'meeting', id: locked.id },
          { requireAlt: false, replace: true },
        );
      }
      return [];
    });
    await this.files.discard(dropped);
    return meeting;
  }

  /** Locks the meeting, checks the version, applies the change, bumps the version; notifies and publishes after commit. */
  private async change(id: string, expectedVersion: number | null, work: Change): Promise<Meeting> {
    const queued: Notification[] = [];
    const meeting = await this.em.transactional(async (tx) => {
      const locked = await lockMeeting(tx, id);
      if (expectedVersion !== null && locked.version !== expectedVersion) throw conflict();
      if (expectedVersion !== null && locked.cancelledAt) throw conflict('meetingCancelled');
      queued.push(...(await work(tx, locked)));
      locked.version += 1;
      await tx.flush();
      return locked;
    });
    await this.notifications.announce(queued);
    await this.events.changed(meeting.id);
    return meeting;
  }

  private async tell(tx: EntityManager, meeting: Meeting, kind: string, subject: string): Promise<Notification[]> {
    const userIds = await this.registrations.activeUserIds(tx, meeting);
    return this.notifications.queue(tx, userIds, { kind, subject: subject.slice(0, 300), link: `/bijeenkomsten/${meeting.id}` });
  }
}
