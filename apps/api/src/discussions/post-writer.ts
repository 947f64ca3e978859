import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { PostKind } from '@ln/domain';
import { LeanRows } from '../common/database/lean-rows';
import type { Notification } from '../notifications/notification.entity';
import { NotificationMailJobs } from '../notifications/notification-mail.jobs';
import { Post } from './post.entity';
import { networkMemberSql } from '../common/access/visibility';
import { attachFiles, numberedPlaceholders, type SqlRunner } from '../files/file-attachments';
import type { FileRef } from '../files/file-owner';

export interface NewPost {
  threadId: string;
  authorId: string;
  body: string;
  bodyHtml: string;
  kind: PostKind;
  replyToId: string | null;
  clientMutationId: string | null;
  mentionedUserIds: string[];
  /** Files to attach (the author's own uploads): then the post and its files are one transaction. */
  files?: FileRef[] | null;
}

export type PostWriteResult =
  | { outcome: 'created'; post: Post; notifications: Notification[] }
  | { outcome: 'duplicate'; post: Post }
  | { outcome: 'no-thread' }
  | { outcome: 'bad-reply' };

const IS_MEMBER = networkMemberSql('u');

/**
 * A new post in one statement (so without a transaction around it): the post, the author's follow of the thread, and
 * the notifications for those mentioned (MENTION), the author replied to (REPLY) and the thread's and theme's
 * followers (THREAD_ACTIVITY) — each person once, in that order of precedence, never the author. The notifications'
 * mail jobs are queued right after it (NotificationMailJobs, which recovers them should the process die in between).
 */
@Injectable()
export class PostWriter {
  private readonly statement: string;

  constructor(
    private readonly lean: LeanRows,
    private readonly mails: NotificationMailJobs,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(PostWriter.name);
    this.statement = `
      with t as (select id, title, theme_id from thread where id = $1),
      a as (select display_name from app_user where id = $2),
      r as (select id, author_id from post where $6::uuid is not null and id = $6::uuid and thread_id = $1),
      ins as (
        insert into post as p (id, thread_id, author_id, body, body_html, kind, reply_to_id, client_mutation_id)
        select gen_random_uuid(), t.id, $2, $3, $4, $5, r.id, $7 from t left join r on true
         where $6::uuid is null or r.id is not null
        on conflict (author_id, client_mutation_id) do nothing
        returning ${lean.columns(Post, 'p')}
      ),
      fol as (
        insert into follow (id, user_id, thread_id) select gen_random_uuid(), ins.author_id, ins.thread_id from ins on conflict do nothing
      ),
      recipients as (
        select distinct on (user_id) user_id, kind, subject from (
          select u.id as user_id, 1 as rank, 'MENTION' as kind, a.display_name || ' vermeldde je in „' || t.title || '”.' as subject
            from t, a, app_user u where u.id = any($8::uuid[]) and ${IS_MEMBER}
          union all
          select r.author_id, 2, 'REPLY', a.display_name || ' antwoordde op je bijdrage in „' || t.title || '”.' from t, a, r
          union all
          select f.user_id, 3, 'THREAD_ACTIVITY', a.display_name || ' schreef in „' || t.title || '”.'
            from a, t join follow f on f.thread_id = t.id or (t.theme_id is not null and f.theme_id = t.theme_id)
            join app_user u on u.id = f.user_id
           where ${IS_MEMBER}
        ) candidates
        where user_id <> $2 and exists (select 1 from ins)
        order by user_id, rank
      ),
      notes as (
        insert into notification (id, user_id, kind, subject, link)
        select gen_random_uuid(), rc.user_id, rc.kind, rc.subject, '/discussies/' || ins.thread_id || '#bijdrage-' || ins.id from recipients rc, ins
        returning id, user_id, kind, subject, link
      )
      select ins.*, (select count(*) from t)::int as thread_found, (select count(*) from r)::int as reply_found,
             (select json_agg(notes) from notes) as notes
        from (select 1) as one left join ins on true`;
  }

  /** The statement; then, when it made notifications, their mail jobs (after the answer). */
  async insert(post: NewPost): Promise<PostWriteResult> {
    const params = [
      post.threadId,
      post.authorId,
      post.body,
      post.bodyHtml,
      post.kind,
      post.replyToId,
      post.clientMutationId,
      post.mentionedUserIds,
    ];
    const files = post.files;
    const row = files?.length
      ? await this.lean.sql.transaction(async (tx) => {
          const [inserted] = await tx.query<InsertRow>('post.insert', this.statement, params);
          if (inserted['id']) {
            const run = (<R>(sql: string, values: unknown[]) => tx.exec(numberedPlaceholders(sql), values) as Promise<R[]>) as SqlRunner;
            await attachFiles(
              run,
              post.authorId,
              files,
              { kind: 'post', id: inserted['id'] as string },
              { requireAlt: true, replace: false },
            );
          }
          return inserted;
        })
      : (await this.lean.sql.query<InsertRow>('post.insert', this.statement, params))[0];
    if (row.notes?.length) {
      // Not awaited: the answer does not wait for the queue (which may still be starting); recovery is the backstop.
      void this.mails
        .queueFor(row.notes.map((note) => note.id))
        .catch((error: unknown) =>
          this.logger.warn({ err: error }, 'Mailtaken van meldingen niet in de wachtrij: het herstel doet het binnen de minuut'),
        );
    }
    if (row.thread_found === 0) return { outcome: 'no-thread' };
    if (post.replyToId && row.reply_found === 0) return { outcome: 'bad-reply' };
    if (row['id']) {
      const notifications = (row.notes ?? []).map((note) => ({ ...note, user: { id: note.user_id } }) as unknown as Notification);
      return { outcome: 'created', post: this.lean.map(Post, row), notifications };
    }
    const [existing] = await this.lean.sql.query(
      'post.byClientMutationId',
      `select ${this.lean.columns(Post, 'p')} from post p where p.author_id = $1 and p.client_mutation_id = $2`,
      [post.authorId, post.clientMutationId],
    );
    return { outcome: 'duplicate', post: this.lean.map(Post, existing) };
  }
}

type InsertRow = Record<string, unknown> & { thread_found: number; reply_found: number; notes: NoteRow[] | null };

interface NoteRow {
  id: string;
  user_id: string;
  kind: string;
  subject: string;
  link: string;
}
