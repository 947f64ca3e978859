import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ThemeStatus } from '@ln/domain';
import { conflict, invalidField } from '../common/errors/domain-error';
import { appendThemesToAgenda } from '../meetings/agenda-writer';
import { MeetingEvents } from '../meetings/meeting-events';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { Theme } from './theme.entity';
import { findByIdOr404 } from '../common/database/find-by-id';

/**
 * Puts the ADOPTED themes of a meeting (collected there, or on its agenda) on the agenda of the next one, after the
 * items already there. A theme already on the next agenda is skipped (and the database refuses a second), so running
 * it twice adds nothing.
 */
@Injectable()
export class CarryForwardService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: MeetingEvents,
    private readonly meetings: MeetingsService,
  ) {}

  async carryForward(fromMeetingId: string, toMeetingId: string): Promise<Meeting> {
    if (fromMeetingId === toMeetingId) throw invalidField('toMeetingId', 'sameMeeting');
    const target = await this.em.transactional(async (tx) => {
      const from = await findByIdOr404(tx, Meeting, fromMeetingId, 'meetingNotFound');
      const to = await this.meetings.lock(tx, toMeetingId); // one carry-forward at a time per target agenda
      if (to.cancelledAt) throw conflict('meetingCancelled');
      const themes = await tx.find(
        Theme,
        {
          status: ThemeStatus.ADOPTED,
          $or: [{ collectedAt: from }, { id: { $in: await this.agendaThemeIds(tx, from.id) } }],
          id: { $nin: await this.agendaThemeIds(tx, to.id) },
        },
        { orderBy: { supportCount: 'desc', createdAt: 'asc', id: 'asc' } },
      );
      if (themes.length === 0) return to;
      await appendThemesToAgenda(tx, to, themes);
      await tx.flush();
      return to;
    });
    await this.events.changed(target.id);
    return target;
  }

  private async agendaThemeIds(tx: EntityManager, meetingId: string): Promise<string[]> {
    const rows = await tx.execute<Array<{ theme_id: string }>>(
      'select theme_id from agenda_item where meeting_id = ? and theme_id is not null',
      [meetingId],
    );
    return rows.map((row) => row.theme_id);
  }
}
