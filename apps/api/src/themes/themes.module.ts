import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { CarryForwardService } from './carry-forward.service';
import { MeetingThemesResolver } from './meeting-themes.resolver';
import { ThemeCommandsService } from './theme-commands.service';
import { ThemeEvents } from './theme-events';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';
import { ThemeSubscriptions } from './themes.subscriptions';

/** Themes: proposed bottom-up, supported, decided on by facilitators, mapped, carried forward; live on the board. */
@Module({
  imports: [MeetingsModule],
  providers: [
    ThemesService,
    ThemeCommandsService,
    CarryForwardService,
    ThemeEvents,
    ThemesResolver,
    MeetingThemesResolver,
    ThemeSubscriptions,
  ],
  exports: [ThemesService],
})
export class ThemesModule {}
