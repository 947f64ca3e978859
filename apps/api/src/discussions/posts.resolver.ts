import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Reaction } from '@ln/domain';
import { STAFF } from '../common/auth/auth.guard';
import { MembersOnly, Roles } from '../common/auth/decorators';
import { isFacilitator } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PeopleService } from '../people/people.service';
import { UserModel } from '../people/user.model';
import { AddPostInput, EditPostInput, PostModel, PostRevisionModel, ReactionCountModel, ThreadModel } from './discussion.models';
import type { Post } from './post.entity';
import { PostsService, type PostWithFiles } from './posts.service';
import { FileModel, fileModelOf } from '../files/file.model';
import { FilesService } from '../files/files.service';
import { ThreadsService } from './threads.service';
import type { NoArgs } from '../common/graphql/field-resolver';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import { canReadPost } from '../common/access/visibility';

const REACTIONS = Object.values(Reaction);

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly threadsService: ThreadsService,
    private readonly people: PeopleService,
    private readonly fileStore: FilesService,
  ) {}

  @MembersOnly()
  @Mutation(() => PostModel, { description: 'Een bijdrage toevoegen. Met dezelfde clientMutationId twee keer: één bijdrage.' })
  addPost(@Args('input') input: AddPostInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.postsService.add(viewer, input, context.locale);
  }

  @MembersOnly()
  @Mutation(() => PostModel, {
    description: 'Bewerken vraagt de versie die je zag (CONFLICT als iemand je voor was); eerdere versies blijven bewaard.',
  })
  editPost(@Args('input') input: EditPostInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.postsService.edit(viewer, input, context.locale);
  }

  @MembersOnly()
  @Mutation(() => PostModel, { description: 'De auteur verwijdert een bijdrage: er blijft een grafsteen over.' })
  deletePost(@Args('postId', { type: () => ID }) postId: string, @CurrentViewer() viewer: Viewer) {
    return this.postsService.delete(viewer, postId);
  }

  @Roles(...STAFF)
  @Mutation(() => PostModel, { description: 'Moderatie: een bijdrage verbergen, met een reden.' })
  hidePost(
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reason') reason: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.postsService.setHidden(viewer, postId, true, reason, context.locale);
  }

  @Roles(...STAFF)
  @Mutation(() => PostModel)
  unhidePost(@Args('postId', { type: () => ID }) postId: string, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.postsService.setHidden(viewer, postId, false, null, context.locale);
  }

  @MembersOnly()
  @Mutation(() => PostModel)
  toggleReaction(
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reaction', { type: () => Reaction }) reaction: Reaction,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.postsService.toggleReaction(viewer, postId, reaction);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null als de bijdrage verwijderd of (voor jou) verborgen is.' })
  body(post: Post, _args: NoArgs, context: GraphqlContext) {
    return this.visible(post, context) ? post.body : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Gesaneerde HTML, op de server gemaakt uit body.' })
  bodyHtml(post: Post, _args: NoArgs, context: GraphqlContext) {
    return this.visible(post, context) ? post.bodyHtml : null;
  }

  @ResolveField(() => String, { nullable: true })
  hiddenReason(post: Post) {
    return post.hiddenAt ? (post.hiddenReason ?? null) : null;
  }

  @ResolveField(() => [FileModel], { description: 'Bijlagen en afbeeldingen; leeg als de bijdrage verwijderd of (voor jou) verborgen is.' })
  async files(post: PostWithFiles, _args: NoArgs, context: GraphqlContext): Promise<FileModel[]> {
    if (!this.visible(post, context)) return [];
    return (post.preloadedFiles ?? (await this.fileStore.filesOf(context, 'post', post.id))).map(fileModelOf);
  }

  @ResolveField(() => UserModel)
  author(post: Post, _args: NoArgs, context: GraphqlContext) {
    return this.people.byIdBatched(context, post.author.id);
  }

  @ResolveField(() => ThreadModel)
  thread(post: Post, _args: NoArgs, context: GraphqlContext) {
    return this.threadsService.byIdBatched(context, post.thread.id);
  }

  @ResolveField(() => PostModel, { nullable: true })
  replyTo(post: Post, _args: NoArgs, context: GraphqlContext) {
    return post.replyTo ? this.postsService.byIdBatched(context, post.replyTo.id) : null;
  }

  @ResolveField(() => [ReactionCountModel])
  async reactions(post: Post, _args: NoArgs, context: GraphqlContext): Promise<ReactionCountModel[]> {
    const rows = await this.postsService.reactionRowsOf(context, post.id);
    return REACTIONS.map((reaction) => {
      const mine = rows.filter((row) => row.reaction === reaction);
      return { reaction, count: mine.length, viewerReacted: mine.some((row) => row.user_id === context.viewer?.userId) };
    }).filter((count) => count.count > 0);
  }

  @ResolveField(() => [PostRevisionModel], { description: 'Eerdere versies (voor de auteur en facilitatoren).' })
  revisions(post: Post, _args: NoArgs, context: GraphqlContext) {
    if (context.viewer?.userId !== post.author.id && !isFacilitator(context.viewer)) return [];
    return this.postsService.revisionsOf(post.id);
  }

  private visible(post: Post, context: GraphqlContext): boolean {
    return canReadPost(context.viewer, { deletedAt: post.deletedAt, hiddenAt: post.hiddenAt, authorId: post.author.id });
  }
}
