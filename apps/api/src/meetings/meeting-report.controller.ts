import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { ThemeStatus, Visibility } from '@ln/domain';
import { Public } from '../common/auth/decorators';
import { isNetworkMember } from '../common/auth/viewer';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { AppConfig } from '../config/app-config';
import { AgendaItem } from './agenda-item.entity';
import { meetingReportMarkdown } from './meeting-report';
import { MeetingsService } from './meetings.service';
import { notFound } from '../common/errors/domain-error';

/** GET /meetings/:id/report.md — the meeting report; members-only meetings (and the minutes) need a session. */
@Public()
@Controller()
export class MeetingReportController {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
    private readonly viewers: ViewerResolver,
    private readonly config: AppConfig,
  ) {}

  @Get('meetings/:id/report.md')
  async report(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewers.fromRequest(req);
    const meeting = await this.meetings.byId(viewer, id);
    if (!meeting) throw notFound('meetingNotVisible');
    const member = isNetworkMember(viewer);
    const [agenda, themes, attendance, threads] = await Promise.all([
      this.em.find(AgendaItem, { meeting }, { populate: ['presenter'], orderBy: { position: 'asc' } }),
      this.themesOf(meeting.id),
      member ? this.attendanceOf(meeting.id) : Promise.resolve(null),
      member ? this.threadsOf(meeting.id) : Promise.resolve(null),
    ]);
    const siteUrl = this.config.publicUrl.replace(/\/+$/, '');
    const markdown = meetingReportMarkdown({
      ...meeting,
      agenda: agenda.map((item) => ({ position: item.position, title: item.title, presenter: item.presenter?.name })),
      minutes: member ? (meeting.minutes ?? '') : null,
      attendance,
      themes,
      threads,
      url: `${siteUrl}/ontmoetingsmomenten/${meeting.id}`,
      siteUrl,
    });
    res.setHeader('Cache-Control', meeting.visibility === Visibility.PUBLIC && !member ? 'public, max-age=60' : 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="verslag-${meeting.id}.md"`);
    res.type('text/markdown; charset=utf-8').send(markdown);
  }

  private async threadsOf(meetingId: string): Promise<Array<{ id: string; title: string; postCount: number }>> {
    const rows: Array<{ id: string; title: string; post_count: number }> = await this.em
      .getConnection()
      .execute('select id, title, post_count from thread where meeting_id = ? order by created_at', [meetingId]);
    return rows.map((row) => ({ id: row.id, title: row.title, postCount: row.post_count }));
  }

  /** The themes collected at the meeting (the report reads the themes' table as it reads threads and attendance). */
  private async themesOf(meetingId: string): Promise<Array<{ id: string; title: string; status: ThemeStatus; supportCount: number }>> {
    const rows: Array<{ id: string; title: string; status: ThemeStatus; support_count: number }> = await this.em
      .getConnection()
      .execute('select id, title, status, support_count from theme where collected_at_id = ? order by support_count desc, created_at asc', [
        meetingId,
      ]);
    return rows.map((row) => ({ id: row.id, title: row.title, status: row.status, supportCount: row.support_count }));
  }

  private async attendanceOf(meetingId: string): Promise<Array<{ organisation: string; attendees: number }>> {
    const rows: Array<{ name: string; attendees: string }> = await this.em.getConnection().execute(
      `select o.name, count(distinct r.user_id) as attendees
         from meeting_registration r join membership m on m.user_id = r.user_id join organisation o on o.id = m.organisation_id
        where r.meeting_id = ? and r.attended = true group by o.name order by o.name`,
      [meetingId],
    );
    return rows.map((row) => ({ organisation: row.name, attendees: Number(row.attendees) }));
  }
}
