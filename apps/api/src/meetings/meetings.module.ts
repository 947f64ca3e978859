import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { AttendanceService } from './attendance.service';
import { MeetingEvents } from './meeting-events';
import { MeetingReportController } from './meeting-report.controller';
import { MeetingMutationsResolver } from './meeting-mutations.resolver';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingRegistrationsResolver } from './meeting-registrations.resolver';
import { MeetingVisibility } from './meeting-visibility';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MeetingSubscriptions } from './meetings.subscriptions';
import { RegistrationsService } from './registrations.service';

/** Meetings: planning, agenda, registrations with a waitlist, attendance, minutes, live changes. */
@Module({
  imports: [PeopleModule],
  controllers: [MeetingReportController],
  providers: [
    MeetingsService,
    MeetingPlanningService,
    RegistrationsService,
    AttendanceService,
    MeetingEvents,
    MeetingVisibility,
    MeetingsResolver,
    MeetingMutationsResolver,
    MeetingRegistrationsResolver,
    MeetingSubscriptions,
  ],
  exports: [MeetingsService, MeetingVisibility, MeetingEvents],
})
export class MeetingsModule {}
