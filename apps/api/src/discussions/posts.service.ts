import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { LIMITS, PostKind, Reaction, type Locale } from '@ln/domain';
import { isFacilitator, type Viewer } from '../common/auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { groupByKeys, loaderFor } from '../common/graphql/loaders';
import { pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { InputValidator } from '../common/validation';
import type { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { AddPostInput, EditPostInput } from './discussion.models';
import { DiscussionEvents } from './discussion-events';
import { FollowsService } from './follows.service';
import { renderMarkdown } from './markdown';
import { PostRevision } from './post-revision.entity';
import { Post } from './post.entity';
import { Thread } from './thread.entity';

export interface ReactionRow {
  post_id: string;
  user_id: string;
  reaction: Reaction;
}

interface Cursor {
  createdAt: string;
  id: string;
}

function encodeCursor(post: Post): string {
  return Buffer.from(JSON.stringify([post.createdAt.toISOString(), post.id])).toString('base64url');
}

function decodeCursor(after: string | null | undefined): Cursor | null {
  if (!after) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw badInput({ after: 'Ongeldige cursor.' });
  }
}

/** Posts: Markdown rendered and sanitised on the server, idempotent adds, versioned edits, tombstones, moderation. */
@Injectable()
export class PostsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: DiscussionEvents,
    private readonly follows: FollowsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A page of a thread, oldest first, by keyset cursor (stable while posts arrive). */
  async page(threadId: string, first: number | null | undefined, after: string | null | undefined, totalCount: number): Promise<Connection<Post>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const where = cursor
      ? { thread: threadId, $or: [{ createdAt: { $gt: new Date(cursor.createdAt) } }, { createdAt: new Date(cursor.createdAt), id: { $gt: cursor.id } }] }
      : { thread: threadId };
    const rows = await this.em.find(Post, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 });
    const nodes = rows.slice(0, limit);
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : (after ?? null) },
    };
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<Post | null> {
    return loaderFor<string, Post | null>(context, 'post.byId', async (ids) => {
      const posts = await this.em.find(Post, { id: { $in: [...ids] } });
      const byId = new Map(posts.map((post) => [post.id, post]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  /** Every reaction row of the posts, shared by all viewers; counts and "mine" are computed per viewer from it. */
  reactionRowsOf(context: GraphqlContext, postId: string): Promise<ReactionRow[]> {
    return loaderFor<string, ReactionRow[]>(context, 'post.reactions', async (ids) => {
      const rows: ReactionRow[] = await this.em
        .getConnection()
        .execute('select post_id, user_id, reaction from reaction where post_id in (?) order by created_at', [[...ids]]);
      return groupByKeys(ids, rows, (row) => row.post_id);
    }).load(postId);
  }

  revisionsOf(postId: string): Promise<PostRevision[]> {
    return this.em.find(PostRevision, { post: postId }, { orderBy: { version: 'desc' } });
  }

  async add(viewer: Viewer, input: AddPostInput, locale: Locale): Promise<Post> {
    const v = new InputValidator(locale);
    const body = v.text('body', input.body, { max: LIMITS.postBodyMaxLength });
    const key = v.text('clientMutationId', input.clientMutationId, { max: 100, optional: true });
    v.done();
    const thread = isUuid(input.threadId) ? await this.em.findOne(Thread, { id: input.threadId }) : null;
    if (!thread) throw notFound('Deze discussie bestaat niet.');
    let replyTo: Post | null = null;
    if (input.replyToId) {
      replyTo = isUuid(input.replyToId) ? await this.em.findOne(Post, { id: input.replyToId, thread: thread.id }) : null;
      if (!replyTo) throw badInput({ replyToId: 'Je kan enkel antwoorden op een bijdrage in deze discussie.' });
    }
    const rendered = renderMarkdown(body!);

    const { postId, created, queued } = await this.em.transactional(async (tx) => {
      const inserted: Array<{ id: string }> = await tx.execute(
        `insert into post (id, thread_id, author_id, body, body_html, kind, reply_to_id, client_mutation_id)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)
         on conflict (author_id, client_mutation_id) do nothing
         returning id`,
        [thread.id, viewer.userId, body, rendered.html, input.kind ?? PostKind.COMMENT, replyTo?.id ?? null, key],
      );
      if (inserted.length === 0) {
        const [existing] = await tx.execute<Array<{ id: string }>>('select id from post where author_id = ? and client_mutation_id = ?', [viewer.userId, key]);
        return { postId: existing.id, created: false, queued: [] as Notification[] };
      }
      const id = inserted[0].id;
      await tx.execute('update thread set post_count = post_count + 1, last_activity_at = now() where id = ?', [thread.id]);
      await this.follows.follow(viewer.userId, { threadId: thread.id }, tx);
      const notified = await this.notifyAbout(tx, viewer, thread, id, replyTo, rendered.mentionedUserIds);
      await tx.flush();
      return { postId: id, created: true, queued: notified };
    });
    const post = await this.em.fork().findOneOrFail(Post, { id: postId });
    if (created) {
      await this.events.postAdded(thread.id, postId);
      await this.notifications.announce(queued);
    }
    return post;
  }

  async edit(viewer: Viewer, input: EditPostInput, locale: Locale): Promise<Post> {
    const v = new InputValidator(locale);
    const body = v.text('body', input.body, { max: LIMITS.postBodyMaxLength });
    v.done();
    const post = await this.em.transactional(async (tx) => {
      const found = await this.lock(tx, input.postId);
      if (found.author.id !== viewer.userId) throw forbidden('Je kan enkel je eigen bijdragen bewerken.');
      if (found.deletedAt) throw conflict('Deze bijdrage is verwijderd.');
      if (found.version !== input.expectedVersion) throw conflict();
      tx.create(PostRevision, { post: found, version: found.version, body: found.body, editedBy: tx.getReference('User', viewer.userId) as never });
      found.body = body!;
      found.bodyHtml = renderMarkdown(body!).html;
      found.version += 1;
      found.editedAt = new Date();
      await tx.flush();
      return found;
    });
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  /** The author removes their post: a tombstone stays, the text (and its earlier versions) is gone. */
  async delete(viewer: Viewer, postId: string): Promise<Post> {
    const post = await this.em.transactional(async (tx) => {
      const found = await this.lock(tx, postId);
      if (found.author.id !== viewer.userId) throw forbidden('Je kan enkel je eigen bijdragen verwijderen. Facilitatoren kunnen een bijdrage verbergen.');
      if (!found.deletedAt) {
        found.deletedAt = new Date();
        found.body = '';
        found.bodyHtml = '';
        found.version += 1;
        await tx.nativeDelete(PostRevision, { post: found.id });
      }
      await tx.flush();
      return found;
    });
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  /** Moderation by a facilitator: the post is hidden for members, with the reason shown; it can be shown again. */
  async setHidden(viewer: Viewer, postId: string, hidden: boolean, reason: string | null | undefined, locale: Locale): Promise<Post> {
    const v = new InputValidator(locale);
    const why = hidden ? v.text('reason', reason, { max: 1000 }) : null;
    v.done();
    const post = await this.em.transactional(async (tx) => {
      const found = await this.lock(tx, postId);
      found.hiddenAt = hidden ? new Date() : null;
      found.hiddenReason = why;
      found.hiddenBy = hidden ? (tx.getReference('User', viewer.userId) as never) : null;
      found.version += 1;
      await tx.flush();
      return found;
    });
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  async toggleReaction(viewer: Viewer, postId: string, reaction: Reaction): Promise<Post> {
    const post = isUuid(postId) ? await this.em.findOne(Post, { id: postId }) : null;
    if (!post || post.deletedAt) throw notFound('Deze bijdrage bestaat niet (meer).');
    await this.em.transactional(async (tx) => {
      const added = await tx.execute<Array<{ post_id: string }>>(
        'insert into reaction (post_id, user_id, reaction) values (?, ?, ?) on conflict do nothing returning post_id',
        [post.id, viewer.userId, reaction],
      );
      if (added.length === 0) await tx.execute('delete from reaction where post_id = ? and user_id = ? and reaction = ?', [post.id, viewer.userId, reaction]);
    });
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  canSeeHidden(viewer: Viewer | null, post: Post): boolean {
    return isFacilitator(viewer) || viewer?.userId === post.author.id;
  }

  private async lock(tx: EntityManager, postId: string): Promise<Post> {
    const post = isUuid(postId) ? await tx.findOne(Post, { id: postId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!post) throw notFound('Deze bijdrage bestaat niet.');
    return post;
  }

  /** Mentioned members, the author replied to, and the followers of the thread and its theme — each once. */
  private async notifyAbout(
    tx: EntityManager,
    viewer: Viewer,
    thread: Thread,
    postId: string,
    replyTo: Post | null,
    mentionedIds: string[],
  ): Promise<Notification[]> {
    const link = `/discussies/${thread.id}#bijdrage-${postId}`;
    const seen = new Set([viewer.userId]);
    const queued: Notification[] = [];
    const queue = (ids: string[], kind: string, subject: string) => {
      const fresh = ids.filter((id) => !seen.has(id));
      fresh.forEach((id) => seen.add(id));
      if (fresh.length) queued.push(...this.notifications.queue(tx, fresh, { kind, subject, link }));
    };
    if (mentionedIds.length) {
      const members: Array<{ id: string }> = await tx.execute(
        `select u.id from app_user u where u.id in (?) and (u.role <> 'MEMBER' or exists (select 1 from membership m where m.user_id = u.id))`,
        [mentionedIds],
      );
      queue(members.map((m) => m.id), 'MENTION', `Je werd vermeld in “${thread.title}”.`);
    }
    if (replyTo) queue([replyTo.author.id], 'REPLY', `Nieuw antwoord op je bijdrage in “${thread.title}”.`);
    queue(await this.follows.followersOf(thread.id, thread.theme?.id ?? null, tx), 'THREAD_ACTIVITY', `Nieuwe bijdrage in “${thread.title}”.`);
    return queued;
  }
}
