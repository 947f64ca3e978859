import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AuditAction, INPUT_RULES, PostKind, Reaction, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { invalidField, conflict, forbidden, notFound } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { byIdLoader, groupByKeys, loaderFor } from '../common/graphql/loaders';
import { pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { recordAudit } from '../common/audit/audit-trail';
import { InputValidator } from '../common/validation';
import { LeanRows } from '../common/database/lean-rows';
import { User } from '../people/user.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { AddPostInput, EditPostInput } from './discussion.models';
import { DiscussionEvents } from './discussion-events';
import { renderMarkdown } from '../common/markdown/markdown';
import { PostRevision } from './post-revision.entity';
import { Post } from './post.entity';
import { PostWriter } from './post-writer';
import { ThreadActivity } from './thread-activity';
import { findByIdOr404 } from '../common/database/find-by-id';
import { attachFiles, detachAllFiles } from '../files/file-attachments';
import { filesJsonSql, fileViewOf, type FileRow, type FileView } from '../files/file-owner';
import { FilesService, ormRunner } from '../files/files.service';

/** A post read with its files in the same statement (the thread page, live events). */
export type PostWithFiles = Post & { preloadedFiles?: FileView[] };

const POST_FILES = filesJsonSql('post', 'p.id');

function withFiles(post: Post, row: Record<string, unknown>): PostWithFiles {
  return Object.assign(post, { preloadedFiles: (row['files_json'] as FileRow[]).map(fileViewOf) });
}

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
    throw invalidField('after', 'invalidCursor');
  }
}

/** Posts: Markdown rendered and sanitised on the server, idempotent adds, versioned edits, tombstones, moderation. */
@Injectable()
export class PostsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: DiscussionEvents,
    private readonly notifications: NotificationsService,
    private readonly lean: LeanRows,
    private readonly writer: PostWriter,
    private readonly activity: ThreadActivity,
    private readonly logger: PinoLogger,
    private readonly files: FilesService,
  ) {
    this.logger.setContext(PostsService.name);
  }

  /** A page of a thread, oldest first, by keyset cursor (stable while posts arrive). */
  async page(
    threadId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    totalCount: number,
  ): Promise<Connection<Post>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const rows = await this.lean.sql.query(
      cursor ? 'posts.pageAfter' : 'posts.page',
      `select ${this.lean.columns(Post, 'p')}, ${this.lean.columns(User, 'u', 'u_')}, ${POST_FILES} as files_json
         from post p join app_user u on u.id = p.author_id
        where p.thread_id = $1 ${cursor ? 'and (p.created_at, p.id) > ($3::timestamptz, $4::uuid)' : ''}
        order by p.created_at, p.id limit $2`,
      cursor ? [threadId, limit + 1, cursor.createdAt, cursor.id] : [threadId, limit + 1],
    );
    const nodes = rows
      .slice(0, limit)
      .map((row) => withFiles({ ...this.lean.map(Post, row), author: this.lean.map(User, row, 'u_') }, row));
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : (after ?? null) },
    };
  }

  /** With the author in the same statement (a post is nearly always shown with its author). */
  byIdBatched(context: GraphqlContext, id: string): Promise<Post | null> {
    return loaderFor<string, Post | null>(context, 'post.byIdWithAuthor', async (ids) => {
      const rows = await this.lean.sql.query(
        'posts.byIdsWithAuthor',
        `select ${this.lean.columns(Post, 'p')}, ${this.lean.columns(User, 'u', 'u_')}, ${POST_FILES} as files_json
           from post p join app_user u on u.id = p.author_id where p.id = any($1::uuid[])`,
        [ids],
      );
      const authors = byIdLoader(context, this.lean, User);
      const byId = new Map<string, Post>();
      for (const row of rows) {
        const author = this.lean.map(User, row, 'u_');
        authors.prime(author.id, author);
        byId.set(row['id'] as string, withFiles({ ...this.lean.map(Post, row), author }, row));
      }
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
    const fields = v.input(INPUT_RULES.addPost, input);
    const body = fields?.body;
    const key = fields?.clientMutationId ?? null;
    v.done();
    if (!isUuid(input.threadId)) throw notFound('threadNotFound');
    const badReply = () => invalidField('replyToId', 'replyOutsideThread');
    if (input.replyToId && !isUuid(input.replyToId)) throw badReply();
    const rendered = renderMarkdown(body!);
    const result = await this.writer.insert({
      threadId: input.threadId,
      authorId: viewer.userId,
      body: body!,
      bodyHtml: rendered.html,
      kind: input.kind ?? PostKind.COMMENT,
      replyToId: input.replyToId ?? null,
      clientMutationId: key ?? null,
      mentionedUserIds: rendered.mentionedUserIds,
      files: input.files,
    });
    if (result.outcome === 'no-thread') throw notFound('threadNotFound');
    if (result.outcome === 'bad-reply') throw badReply();
    if (result.outcome === 'created') {
      // Neither the answer nor the live event waits for the thread's counters, which follow a moment later.
      void this.activity
        .posted(input.threadId)
        .catch((error: unknown) => this.logger.warn({ err: error, threadId: input.threadId }, 'Tellers van de discussie niet bijgewerkt'));
      await this.events.postAdded(input.threadId, result.post.id);
      await this.notifications.announce(result.notifications);
    }
    return result.post;
  }

  async edit(viewer: Viewer, input: EditPostInput, locale: Locale): Promise<Post> {
    const v = new InputValidator(locale);
    const body = v.input(INPUT_RULES.editPost, input)?.body;
    v.done();
    let dropped: string[] = [];
    const post = await this.em.transactional(async (tx) => {
      const found = await this.lock(tx, input.postId);
      if (found.author.id !== viewer.userId) throw forbidden('ownPostsOnlyEdit');
      if (found.deletedAt) throw conflict('postDeleted');
      if (found.version !== input.expectedVersion) throw conflict();
      tx.create(PostRevision, {
        post: found,
        version: found.version,
        body: found.body,
        editedBy: tx.getReference('User', viewer.userId) as never,
      });
      found.body = body!;
      found.bodyHtml = renderMarkdown(body!).html;
      found.version += 1;
      found.editedAt = new Date();
      if (input.files) {
        dropped = await attachFiles(
          ormRunner(tx),
          viewer.userId,
          input.files,
          { kind: 'post', id: found.id },
          { requireAlt: true, replace: true },
        );
      }
      await tx.flush();
      return found;
    });
    await this.files.discard(dropped);
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  /** The author removes their post: a tombstone stays, the text (and its earlier versions) and its files are gone. */
  async delete(viewer: Viewer, postId: string): Promise<Post> {
    let dropped: string[] = [];
    const post = await this.em.transactional(async (tx) => {
      const found = await this.lock(tx, postId);
      if (found.author.id !== viewer.userId) throw forbidden('ownPostsOnlyDelete');
      if (!found.deletedAt) {
        found.deletedAt = new Date();
        found.body = '';
        found.bodyHtml = '';
        found.version += 1;
        await tx.nativeDelete(PostRevision, { post: found.id });
        dropped = await detachAllFiles(ormRunner(tx), { kind: 'post', id: found.id });
      }
      await tx.flush();
      return found;
    });
    await this.files.discard(dropped);
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  /** Moderation by a facilitator: the post is hidden for members, with the reason shown; it can be shown again. */
  async setHidden(viewer: Viewer, postId: string, hidden: boolean, reason: string | null | undefined, locale: Locale): Promise<Post> {
    const v = new InputValidator(locale);
    const why = hidden ? (v.input(INPUT_RULES.hidePost, { reason })?.reason ?? null) : null;
    v.done();
    const post = await this.em.transactional(async (tx) => {
      const found = await this.lock(tx, postId);
      found.hiddenAt = hidden ? new Date() : null;
      found.hiddenReason = why;
      found.hiddenBy = hidden ? (tx.getReference('User', viewer.userId) as never) : null;
      found.version += 1;
      recordAudit(tx, {
        action: hidden ? AuditAction.POST_HIDDEN : AuditAction.POST_SHOWN,
        actorId: viewer.userId,
        personId: found.author.id,
        subject: { type: 'post', id: found.id },
        details: { threadId: found.thread.id, ...(why ? { reason: why } : {}) },
      });
      await tx.flush();
      return found;
    });
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  async toggleReaction(viewer: Viewer, postId: string, reaction: Reaction): Promise<Post> {
    const post = isUuid(postId) ? await this.em.findOne(Post, { id: postId }) : null;
    if (!post || post.deletedAt) throw notFound('postGone');
    await this.em.transactional(async (tx) => {
      const added = await tx.execute<Array<{ post_id: string }>>(
        'insert into reaction (post_id, user_id, reaction) values (?, ?, ?) on conflict do nothing returning post_id',
        [post.id, viewer.userId, reaction],
      );
      if (added.length === 0)
        await tx.execute('delete from reaction where post_id = ? and user_id = ? and reaction = ?', [post.id, viewer.userId, reaction]);
    });
    await this.events.postChanged(post.thread.id, post.id);
    return post;
  }

  private async lock(tx: EntityManager, postId: string): Promise<Post> {
    const post = await findByIdOr404(tx, Post, postId, 'postNotFound', { lockMode: LockMode.PESSIMISTIC_WRITE });
    return post;
  }
}
