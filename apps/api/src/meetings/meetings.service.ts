import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { RegistrationStatus } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { invalidField } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { groupByKeys, loaderFor } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { AgendaItem } from './agenda-item.entity';
import { Organisation } from '../organisations/organisation.entity';
import { MeetingRegistration } from './meeting-registration.entity';
import { Meeting } from './meeting.entity';
import type { MeetingFilter } from './meeting.model';
import { visibilityFilterFor } from '../common/access/visibility';
import { lockMeeting } from './meeting-lock';

@Injectable()
export class MeetingsService {
  constructor(private readonly em: EntityManager) {}

  /** The meeting, locked for the rest of `tx` (agenda, registrations and carry-forward change it one at a time). */
  lock(tx: EntityManager, meetingId: string): Promise<Meeting> {
    return lockMeeting(tx, meetingId);
  }

  visibleTo(viewer: Viewer | null): FilterQuery<Meeting> {
    return visibilityFilterFor(viewer);
  }

  async list(
    viewer: Viewer | null,
    filter: MeetingFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    now: Date = new Date(),
  ): Promise<Connection<Meeting>> {
    const limit = pageSize(first);
    const offset = decodeOffsetCursor(after);
    const where: FilterQuery<Meeting>[] = [this.visibleTo(viewer)];
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw invalidField('to', 'periodEndBeforeStart');
    }
    if (filter?.upcoming) where.push({ endsAt: { $gte: now }, cancelledAt: null });
    if (filter?.from) where.push({ endsAt: { $gte: filter.from } });
    if (filter?.to) where.push({ startsAt: { $lte: filter.to } });
    const [nodes, totalCount] = await this.em.findAndCount(
      Meeting,
      { $and: where },
      { orderBy: filter?.upcoming ? { startsAt: 'asc', id: 'asc' } : { startsAt: 'desc', id: 'asc' }, limit, offset },
    );
    return offsetConnection(nodes, offset, totalCount);
  }

  async byId(viewer: Viewer | null, id: string): Promise<Meeting | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Meeting, { $and: [{ id }, this.visibleTo(viewer)] });
  }

  agendaOf(context: GraphqlContext, meetingId: string): Promise<AgendaItem[]> {
    return loaderFor<string, AgendaItem[]>(context, 'meeting.agenda', async (ids) => {
      const items = await this.em.find(
        AgendaItem,
        { meeting: { $in: [...ids] } },
        { populate: ['presenter'], orderBy: { position: 'asc' } },
      );
      return groupByKeys(ids, items, (item) => item.meeting.id);
    }).load(meetingId);
  }

  /** Registered and waitlisted counts per meeting, batched. */
  countsOf(context: GraphqlContext, meetingId: string): Promise<{ registered: number; waitlisted: number }> {
    return loaderFor<string, { registered: number; waitlisted: number }>(context, 'meeting.counts', async (ids) => {
      const rows: Array<{ meeting_id: string; status: RegistrationStatus; count: string }> = await this.em.getConnection().execute(
        `select meeting_id, status, count(*) as count from meeting_registration
            where meeting_id in (?) and status in (?) group by meeting_id, status`,
        [[...ids], [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED]],
      );
      const counts = new Map(ids.map((id) => [id, { registered: 0, waitlisted: 0 }]));
      for (const row of rows) {
        const entry = counts.get(row.meeting_id)!;
        if (row.status === RegistrationStatus.REGISTERED) entry.registered = Number(row.count);
        else entry.waitlisted = Number(row.count);
      }
      return ids.map((id) => counts.get(id)!);
    }).load(meetingId);
  }

  /** The viewer's own registration status (REGISTERED or WAITLISTED), or null. */
  viewerRegistration(context: GraphqlContext, meetingId: string): Promise<RegistrationStatus | null> {
    const viewer = context.viewer;
    if (!viewer) return Promise.resolve(null);
    return loaderFor<string, RegistrationStatus | null>(context, `meeting.viewerRegistration:${viewer.userId}`, async (ids) => {
      const mine = await this.em.find(MeetingRegistration, {
        meeting: { $in: [...ids] },
        user: viewer.userId,
        status: { $in: [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED] },
      });
      const byMeeting = new Map(mine.map((registration) => [registration.meeting.id, registration.status]));
      return ids.map((id) => byMeeting.get(id) ?? null);
    }).load(meetingId);
  }

  /** The viewer's place on the meeting's waiting list (1 = next to get a place), or null when not waiting. */
  viewerWaitlistPosition(context: GraphqlContext, meetingId: string): Promise<number | null> {
    const viewer = context.viewer;
    if (!viewer) return Promise.resolve(null);
    return loaderFor<string, number | null>(context, `meeting.viewerWaitlistPosition:${viewer.userId}`, async (ids) => {
      const rows: Array<{ meeting_id: string; position: string }> = await this.em.getConnection().execute(
        `select meeting_id, position from (
           select meeting_id, user_id, row_number() over (partition by meeting_id order by created_at, id) as position
             from meeting_registration where meeting_id in (?) and status = ?) waiting
          where user_id = ?`,
        [[...ids], RegistrationStatus.WAITLISTED, viewer.userId],
      );
      const byMeeting = new Map(rows.map((row) => [row.meeting_id, Number(row.position)]));
      return ids.map((id) => byMeeting.get(id) ?? null);
    }).load(meetingId);
  }

  /** Everyone registered or waiting, in order of registration (for facilitators recording attendance). */
  registrationsOf(context: GraphqlContext, meetingId: string): Promise<MeetingRegistration[]> {
    return loaderFor<string, MeetingRegistration[]>(context, 'meeting.registrations', async (ids) => {
      const rows = await this.em.find(
        MeetingRegistration,
        { meeting: { $in: [...ids] }, status: { $in: [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return groupByKeys(ids, rows, (row) => row.meeting.id);
    }).load(meetingId);
  }

  invitedOf(context: GraphqlContext, meetingId: string): Promise<Organisation[]> {
    return this.organisationsVia(
      context,
      'meeting.invited',
      meetingId,
      'select meeting_id, organisation_id from meeting_invitation where meeting_id in (?)',
    );
  }

  /** Organisations with at least one person marked as attended (through their memberships). */
  attendingOf(context: GraphqlContext, meetingId: string): Promise<Organisation[]> {
    return this.organisationsVia(
      context,
      'meeting.attending',
      meetingId,
      `select distinct r.meeting_id, m.organisation_id from meeting_registration r join membership m on m.user_id = r.user_id
        where r.meeting_id in (?) and r.attended = true`,
    );
  }

  private organisationsVia(context: GraphqlContext, key: string, meetingId: string, sql: string): Promise<Organisation[]> {
    return loaderFor<string, Organisation[]>(context, key, async (ids) => {
      const links: Array<{ meeting_id: string; organisation_id: string }> = await this.em.getConnection().execute(sql, [[...ids]]);
      const organisations = links.length
        ? await this.em.find(Organisation, { id: { $in: [...new Set(links.map((l) => l.organisation_id))] } }, { orderBy: { name: 'asc' } })
        : [];
      const byId = new Map(organisations.map((o) => [o.id, o]));
      const grouped = groupByKeys(ids, links, (link) => link.meeting_id);
      return grouped.map((group) =>
        group
          .map((link) => byId.get(link.organisation_id)!)
          .filter(Boolean)
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      );
    }).load(meetingId);
  }
}
