import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import { isUuid } from '../common/ids';
import { MemberAccess } from '../common/access/member-access';
import { canSee } from '../common/access/visibility';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

/** Who may see a meeting (common/access): everyone for public ones, members of the network (checked now, not at login) otherwise. */
@Injectable()
export class MeetingVisibility {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
    private readonly access: MemberAccess,
  ) {}

  visibleTo(viewer: Viewer | null, meetingId: string): Promise<Meeting | null> {
    return this.meetings.byId(viewer, meetingId);
  }

  /** For live events: the meeting loaded once per event, and the viewer's membership re-checked (batched). */
  async visibleNow(context: GraphqlContext, meetingId: string): Promise<Meeting | null> {
    const meeting = await this.byIdBatched(context, meetingId);
    if (!meeting) return null;
    if (canSee(null, meeting)) return meeting; // public
    if (!context.viewer) return null;
    return (await this.access.isMemberNow(context, context.viewer.userId)) ? meeting : null;
  }

  byIdBatched(context: GraphqlContext, meetingId: string): Promise<Meeting | null> {
    if (!isUuid(meetingId)) return Promise.resolve(null);
    return loaderFor<string, Meeting | null>(context, 'meeting.byIdUnfiltered', async (ids) => {
      const rows = await this.em.find(Meeting, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(meetingId);
  }
}
