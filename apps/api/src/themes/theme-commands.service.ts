import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Competence, INPUT_RULES, ThemeStatus, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { notFound } from '../common/errors/domain-error';
import { InputValidator } from '../common/validation';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { User } from '../people/user.entity';
import { ThemeEvents } from './theme-events';
import { Theme } from './theme.entity';
import type { ProposeThemeInput } from './theme.model';
import { ThemesService } from './themes.service';

/**
 * Proposing, supporting and deciding on themes. Support is one row per person (primary key); the count on the
 * theme changes in the same transaction as the row, and only when a row was really added or removed, so two
 * simultaneous supports by one person count once.
 */
@Injectable()
export class ThemeCommandsService {
  constructor(
    private readonly em: EntityManager,
    private readonly themes: ThemesService,
    private readonly meetings: MeetingsService,
    private readonly events: ThemeEvents,
  ) {}

  async propose(viewer: Viewer, input: ProposeThemeInput, locale: Locale): Promise<Theme> {
    const v = new InputValidator(locale);
    const fields = v.input(INPUT_RULES.proposeTheme, input);
    v.done();
    const title = fields!.title;
    const description = fields!.description || null;
    let meeting: Meeting | null = null;
    if (input.meetingId) {
      meeting = await this.meetings.byId(viewer, input.meetingId);
      if (!meeting) throw notFound('meetingNotFound');
    }
    const competences = [...new Set(input.competences ?? [])].filter((c) => Object.values(Competence).includes(c));
    const theme = this.em.create(Theme, {
      title,
      description,
      competences,
      collectedAt: meeting,
      proposedBy: this.em.getReference(User, viewer.userId),
    });
    await this.em.flush();
    await this.events.changed(theme.id, meeting?.id ?? null);
    return theme;
  }

  support(viewer: Viewer, themeId: string): Promise<Theme> {
    return this.changeSupport(
      themeId,
      `with added as (insert into theme_support (theme_id, user_id) values (?, ?) on conflict do nothing returning 1)
       update theme set support_count = support_count + (select count(*) from added), updated_at = now()
        where id = ? and exists (select 1 from added)`,
      viewer,
    );
  }

  withdraw(viewer: Viewer, themeId: string): Promise<Theme> {
    return this.changeSupport(
      themeId,
      `with removed as (delete from theme_support where theme_id = ? and user_id = ? returning 1)
       update theme set support_count = support_count - (select count(*) from removed), updated_at = now()
        where id = ? and exists (select 1 from removed)`,
      viewer,
    );
  }

  async setStatus(themeId: string, status: ThemeStatus): Promise<Theme> {
    const theme = await this.themes.byId(themeId);
    if (!theme) throw notFound('themeNotFound');
    if (theme.status !== status) {
      theme.status = status;
      await this.em.flush();
      await this.events.changed(theme.id, theme.collectedAt?.id ?? null);
    }
    return theme;
  }

  /** One statement: the support row and the count change together, atomically. */
  private async changeSupport(themeId: string, sql: string, viewer: Viewer): Promise<Theme> {
    const theme = await this.themes.byId(themeId);
    if (!theme) throw notFound('themeNotFound');
    const changed = await this.em.getConnection().execute(sql, [theme.id, viewer.userId, theme.id], 'run');
    await this.em.refresh(theme);
    if ((changed as { affectedRows?: number }).affectedRows) await this.events.changed(theme.id, theme.collectedAt?.id ?? null);
    return theme;
  }
}
