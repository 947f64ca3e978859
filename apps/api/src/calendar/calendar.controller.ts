import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Public } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { AppConfig } from '../config/app-config';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { meetingsCalendar } from './ical';
import { notFound } from '../common/errors/domain-error';

/** Meetings that ended longer ago than this drop out of the feeds. */
const FEED_HISTORY_MS = 180 * 86_400_000;
const FEED_SIZE = 500;

/** iCalendar feeds for Outlook and Google Calendar: public, personal (secret URL) and per meeting. */
@Public()
@Controller()
export class CalendarController {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
    private readonly feeds: CalendarFeedsService,
    private readonly viewers: ViewerResolver,
    private readonly config: AppConfig,
  ) {}

  @Get('calendar.ics')
  async publicFeed(@Res() res: Response): Promise<void> {
    this.send(res, 'lerend-netwerk.ics', 'Lerend Netwerk', await this.feedFor(null), 'public, max-age=300');
  }

  @Get('calendar/:file')
  async personalFeed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const viewer = file.endsWith('.ics') ? await this.feeds.viewerFor(file.slice(0, -4)) : null;
    if (!viewer) throw notFound('calendarLinkInvalid');
    this.send(res, 'lerend-netwerk.ics', 'Lerend Netwerk (persoonlijk)', await this.feedFor(viewer), 'private, no-store');
  }

  @Get('meetings/:file')
  async meetingFile(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const meeting = file.endsWith('.ics') ? await this.meetings.byId(await this.viewers.fromRequest(req), file.slice(0, -4)) : null;
    if (!meeting) throw notFound('meetingNotVisible');
    const cache = meeting.visibility === 'PUBLIC' ? 'public, max-age=300' : 'private, no-store';
    this.send(res, `bijeenkomst-${meeting.id}.ics`, meeting.title, [meeting], cache);
  }

  private feedFor(viewer: Viewer | null): Promise<Meeting[]> {
    const since = new Date(Date.now() - FEED_HISTORY_MS);
    return this.em.find(
      Meeting,
      { $and: [this.meetings.visibleTo(viewer), { endsAt: { $gte: since } }] },
      { orderBy: { startsAt: 'asc', id: 'asc' }, limit: FEED_SIZE },
    );
  }

  private send(res: Response, filename: string, name: string, meetings: Meeting[], cache: string): void {
    res.setHeader('Cache-Control', cache);
    res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
    res.type('text/calendar; charset=utf-8').send(meetingsCalendar(meetings, { name, publicUrl: this.config.publicUrl }));
  }
}
