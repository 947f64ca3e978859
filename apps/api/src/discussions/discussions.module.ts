import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { PeopleModule } from '../people/people.module';
import { ThemesModule } from '../themes/themes.module';
import { MeetingDiscussionsResolver, ThemeDiscussionsResolver } from './subject-discussions.resolver';
import { ThemeMapController } from './theme-map.controller';
import { ThemeMapService } from './theme-map.service';
import { DiscussionEvents } from './discussion-events';
import { DiscussionSubscriptions } from './discussions.subscriptions';
import { FollowsService } from './follows.service';
import { MarkdownPreviewResolver } from './markdown-preview.resolver';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { PostWriter } from './post-writer';
import { ThreadActivity } from './thread-activity';
import { SubjectsLoader } from './subjects.loader';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [PeopleModule, MeetingsModule, ThemesModule],
  controllers: [ThemeMapController],
  providers: [
    ThemeMapService,
    MeetingDiscussionsResolver,
    ThemeDiscussionsResolver,
    DiscussionEvents,
    FollowsService,
    PostsService,
    PostWriter,
    ThreadActivity,
    ThreadsService,
    SubjectsLoader,
    ThreadsResolver,
    PostsResolver,
    MarkdownPreviewResolver,
    DiscussionSubscriptions,
  ],
  exports: [ThreadsService, PostsService, FollowsService],
})
export class DiscussionsModule {}
