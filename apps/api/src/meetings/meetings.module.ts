import { Module } from '@nestjs/common';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  providers: [MeetingsService, MeetingsResolver],
  exports: [MeetingsService],
})
export class MeetingsModule {}
