import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Competence, ThemeStatus } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { conflict } from '../common/errors/domain-error';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { appendThemesToAgenda } from '../meetings/agenda-writer';
import { MeetingEvents } from '../meetings/meeting-events';
import type { Meeting } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { User } from '../people/user.entity';
import { Theme } from '../themes/theme.entity';

/**
 * Facilitators put the competence where the network is weakest on a meeting's agenda, as a theme: the competence's
 * theme is made once (adopted, tagged with the competence) and added to the agenda unless it is there already.
 */
@Injectable()
export class CompetenceAgendaService {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
    private readonly events: MeetingEvents,
  ) {}

  async putOnAgenda(viewer: Viewer, competence: Competence, meetingId: string): Promise<Meeting> {
    const meeting = await this.em.transactional(async (tx) => {
      const target = await this.meetings.lock(tx, meetingId);
      if (target.cancelledAt) throw conflict('meetingCancelled');
      const names: Array<{ name_nl: string }> = await tx.execute('select name_nl from competence_info where code = ?', [competence]);
      const title = `Sleutelcompetentie: ${names.at(0)?.name_nl ?? competence}`;
      const theme =
        (await tx.findOne(Theme, { title })) ??
        tx.create(Theme, {
          title,
          description: 'Uit de zelfevaluaties van de pilootprojecten: hier staat het netwerk het zwakst.',
          status: ThemeStatus.ADOPTED,
          competences: [competence],
          proposedBy: tx.getReference(User, viewer.userId),
        });
      const onAgenda = await tx.count(AgendaItem, { meeting: target, theme });
      if (onAgenda === 0) await appendThemesToAgenda(tx, target, [theme]);
      await tx.flush();
      return target;
    });
    await this.events.changed(meeting.id);
    return meeting;
  }
}
