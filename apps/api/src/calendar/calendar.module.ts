import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { CalendarController } from './calendar.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarResolver } from './calendar.resolver';

/** iCalendar: the public feed, personal feeds with a revocable secret URL, and a file per meeting. */
@Module({
  imports: [MeetingsModule],
  controllers: [CalendarController],
  providers: [CalendarFeedsService, CalendarResolver],
})
export class CalendarModule {}
