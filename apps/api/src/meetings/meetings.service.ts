import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { RegistrationStatus, Visibility } from '@ln/domain';
import { isNetworkMember, type Viewer } from '../common/auth/viewer';
import { badInput } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { groupByKeys, loaderFor } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { AgendaItem } from './agenda-item.entity';
import { MeetingRegistration } from './meeting-registration.entity';
import { Meeting } from './meeting.entity';
import type { MeetingFilter } from './meeting.model';

@Injectable()
export class MeetingsService {
  constructor(private readonly em: EntityManager) {}

  visibleTo(viewer: Viewer | null): FilterQuery<Meeting> {
    return isNetworkMember(viewer) ? {} : { visibility: Visibility.PUBLIC };
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
    if (filter?.from && filter?.to && filter.to < filter.from) {
      throw badInput({ to: 'Het einde van de periode ligt vóór het begin.' });
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

  registrationCount(context: GraphqlContext, meetingId: string): Promise<number> {
    return loaderFor<string, number>(context, 'meeting.registrationCount', async (ids) => {
      const rows: Array<{ meeting_id: string; count: string }> = await this.em
        .getConnection()
        .execute(
          'select meeting_id, count(*) as count from meeting_registration where meeting_id in (?) and status = ? group by meeting_id',
          [[...ids], RegistrationStatus.REGISTERED],
        );
      const counts = new Map(rows.map((row) => [row.meeting_id, Number(row.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(meetingId);
  }

  viewerIsRegistered(context: GraphqlContext, meetingId: string): Promise<boolean> {
    const viewer = context.viewer;
    if (!viewer) return Promise.resolve(false);
    return loaderFor<string, boolean>(context, 'meeting.viewerIsRegistered', async (ids) => {
      const mine = await this.em.find(MeetingRegistration, {
        meeting: { $in: [...ids] },
        user: viewer.userId,
        status: RegistrationStatus.REGISTERED,
      });
      const registered = new Set(mine.map((registration) => registration.meeting.id));
      return ids.map((id) => registered.has(id));
    }).load(meetingId);
  }
}
