import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { MembersOnly } from '../common/auth/decorators';
import { EventScopes } from '../common/graphql/event-scope';
import { LiveTopic } from '../common/graphql/live/live-topic';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { notFound } from '../common/errors/domain-error';
import { MemberAccess } from '../common/access/member-access';
import { postAddedChannel, postChangedChannel, type PostEvent } from './discussion-events';
import { PostModel } from './discussion.models';
import { PostsService } from './posts.service';
import { ThreadsService } from './threads.service';

/**
 * Live posts per thread. Access is checked when subscribing and again for every event (a member who is removed
 * stops receiving); each event is loaded once and shared by all its subscribers.
 */
@Resolver(() => PostModel)
export class DiscussionSubscriptions {
  constructor(
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly access: MemberAccess,
    private readonly scopes: EventScopes,
  ) {}

  @MembersOnly()
  @Subscription(() => PostModel, {
    description: 'Nieuwe bijdragen in een discussie (enkel leden).',
    resolve(this: DiscussionSubscriptions, payload: PostEvent, _args: unknown, context: GraphqlContext) {
      return this.load(payload, context);
    },
  })
  async postAdded(@Args('threadId', { type: () => ID }) threadId: string) {
    await this.requireThread(threadId);
    return new LiveTopic(postAddedChannel(threadId), this.stillAllowed);
  }

  @MembersOnly()
  @Subscription(() => PostModel, {
    description: 'Bewerkte, verwijderde, verborgen bijdragen en reacties in een discussie (enkel leden).',
    resolve(this: DiscussionSubscriptions, payload: PostEvent, _args: unknown, context: GraphqlContext) {
      return this.load(payload, context);
    },
  })
  async postChanged(@Args('threadId', { type: () => ID }) threadId: string) {
    await this.requireThread(threadId);
    return new LiveTopic(postChangedChannel(threadId), this.stillAllowed);
  }

  private async requireThread(threadId: string): Promise<void> {
    if (!(await this.threads.byId(threadId))) throw notFound('threadNotFound');
  }

  private readonly stillAllowed = (payload: PostEvent, context: GraphqlContext): Promise<boolean> | boolean => {
    if (!context.viewer) return false;
    const scope = this.scopes.join(context, payload.eventId);
    // The post is read beside the access check, not after it: the event's shared execution then finds it loaded.
    void this.posts.byIdBatched(scope, payload.postId).catch(() => undefined);
    return this.access.isMemberNow(scope, context.viewer.userId);
  };

  private load(payload: PostEvent, context: GraphqlContext) {
    return this.posts.byIdBatched(this.scopes.join(context, payload.eventId), payload.postId);
  }
}
