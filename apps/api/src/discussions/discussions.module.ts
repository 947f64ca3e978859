import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { DiscussionAccess } from './discussion-access';
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
  imports: [PeopleModule],
  providers: [
    DiscussionAccess,
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
  exports: [ThreadsService, PostsService, FollowsService, DiscussionAccess],
})
export class DiscussionsModule {}
