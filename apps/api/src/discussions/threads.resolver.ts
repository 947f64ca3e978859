import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembersOnly } from '../common/auth/decorators';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { AgendaItemModel, MeetingModel } from '../meetings/meeting.model';
import { PeopleService } from '../people/people.service';
import { UserModel } from '../people/user.model';
import { PilotProjectModel } from '../projects/pilot-project.model';
import { ThemeModel } from '../themes/theme.model';
import { PostConnection, StartThreadInput, ThreadConnection, ThreadFilter, ThreadModel } from './discussion.models';
import { FollowsService } from './follows.service';
import { PostsService } from './posts.service';
import type { Thread } from './thread.entity';
import { ThreadsService } from './threads.service';
import { SubjectsLoader } from './subjects.loader';
import type { NoArgs } from '../common/graphql/field-resolver';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly postsService: PostsService,
    private readonly follows: FollowsService,
    private readonly people: PeopleService,
    private readonly subjects: SubjectsLoader,
  ) {}

  @MembersOnly()
  @Query(() => ThreadConnection, { description: 'Discussies (enkel voor leden), recentste activiteit eerst.' })
  threads(@Args() page: PageArgs, @Args('filter', { type: () => ThreadFilter, nullable: true }) filter?: ThreadFilter | null) {
    return this.threadsService.list(filter, page.first, page.after);
  }

  @MembersOnly()
  @Query(() => ThreadModel, { nullable: true })
  thread(@Args('id', { type: () => ID }) id: string) {
    return this.threadsService.byId(id);
  }

  @MembersOnly()
  @Mutation(() => ThreadModel)
  startThread(@Args('input') input: StartThreadInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.threadsService.start(viewer, input, context.locale);
  }

  @MembersOnly()
  @Mutation(() => ThreadModel, { description: 'Een discussie volgen: nieuwe bijdragen geven een melding.' })
  async followThread(@Args('threadId', { type: () => ID }) threadId: string, @CurrentViewer() viewer: Viewer) {
    const thread = (await this.threadsService.byId(threadId)) ?? this.threadsService.notFound();
    await this.follows.follow(viewer.userId, { threadId: thread.id });
    return thread;
  }

  @MembersOnly()
  @Mutation(() => ThreadModel)
  async unfollowThread(@Args('threadId', { type: () => ID }) threadId: string, @CurrentViewer() viewer: Viewer) {
    const thread = (await this.threadsService.byId(threadId)) ?? this.threadsService.notFound();
    await this.follows.unfollow(viewer.userId, { threadId: thread.id });
    return thread;
  }

  @ResolveField(() => PostConnection, { description: 'Bijdragen, oudste eerst (cursor-paginering).' })
  async posts(@Parent() thread: Thread, @Args() page: PageArgs, @Context() context: GraphqlContext) {
    const connection = await this.postsService.page(thread.id, page.first, page.after, thread.postCount);
    this.people.prime(
      context,
      connection.nodes.map((post) => post.author),
    );
    return connection;
  }

  @ResolveField(() => UserModel)
  author(thread: Thread, _args: NoArgs, context: GraphqlContext) {
    return this.people.byIdBatched(context, thread.author.id);
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  theme(thread: Thread, _args: NoArgs, context: GraphqlContext) {
    return thread.theme ? this.subjects.theme(context, thread.theme.id) : null;
  }

  @ResolveField(() => MeetingModel, { nullable: true })
  meeting(thread: Thread, _args: NoArgs, context: GraphqlContext) {
    return thread.meeting ? this.subjects.meeting(context, thread.meeting.id) : null;
  }

  @ResolveField(() => AgendaItemModel, { nullable: true })
  agendaItem(thread: Thread, _args: NoArgs, context: GraphqlContext) {
    return thread.agendaItem ? this.subjects.agendaItem(context, thread.agendaItem.id) : null;
  }

  @ResolveField(() => PilotProjectModel, { nullable: true })
  pilotProject(thread: Thread, _args: NoArgs, context: GraphqlContext) {
    return thread.pilotProject ? this.subjects.pilotProject(context, thread.pilotProject.id) : null;
  }

  @ResolveField(() => Boolean)
  viewerFollows(thread: Thread, _args: NoArgs, context: GraphqlContext) {
    return context.viewer ? this.follows.viewerFollowsThread(context, context.viewer, thread.id) : false;
  }
}
