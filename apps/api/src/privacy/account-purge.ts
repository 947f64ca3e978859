import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, LeavingPosts } from '@ln/domain';
import { recordAudit } from '../common/audit/audit-trail';
import { storageKeysOf } from '../files/file-attachments';

export const FORMER_MEMBER = 'Voormalig lid';

/**
 * Erases a person who left, in the caller's transaction. The account row stays (their threads, posts and
 * registrations point at it) as "Voormalig lid", with no address, password, sessions, preferences, memberships or
 * notifications. Their posts stay under that name or become tombstones (without their files), as they chose. Their
 * name is also taken out of what others received: mentions in posts and notification subjects. Mail still queued for
 * them is dropped, and uploads they never attached. Resolves with the storage keys to remove once committed.
 */
export async function purgeAccount(tx: EntityManager, userId: string, jobSchema: string): Promise<string[]> {
  const rows = await tx.execute<Array<{ email: string; display_name: string; leaving_posts: LeavingPosts | null }>>(
    `select email, display_name, leaving_posts from app_user where id = ? and deleted_at is null for update`,
    [userId],
  );
  const person = rows.at(0);
  if (!person) return [];
  const { email, display_name: name } = person;
  const run = (sql: string, params: unknown[] = [userId]) => tx.execute(sql, params);
  const removeFiles = async (where: string) =>
    storageKeysOf(
      await tx.execute<Array<{ storage_key: string; thumbnail_key: string | null }>>(
        `delete from stored_file where ${where} returning storage_key, thumbnail_key`,
        [userId],
      ),
    );
  const files: string[] = [];

  if (person.leaving_posts === LeavingPosts.REMOVE) {
    await run(`delete from post_revision where post_id in (select id from post where author_id = ?)`);
    await run(`update post set body = '', body_html = '', deleted_at = coalesce(deleted_at, now()) where author_id = ?`);
    files.push(...(await removeFiles('post_id in (select id from post where author_id = ?)')));
  }
  files.push(...(await removeFiles('uploaded_by_id = ? and attached_at is null')));
  // What others received or wrote that names them.
  await run(`update post set body = replace(body, ?, ?), body_html = replace(body_html, ?, ?) where author_id <> ? and body like ?`, [
    `@${name}`,
    `@${FORMER_MEMBER}`,
    `@${name}`,
    `@${FORMER_MEMBER}`,
    userId,
    `%@${name}%`,
  ]);
  await run(`update post_revision set body = replace(body, ?, ?) where body like ?`, [`@${name}`, `@${FORMER_MEMBER}`, `%@${name}%`]);
  await run(`update notification set subject = replace(subject, ?, ?) where position(? in subject) > 0`, [name, FORMER_MEMBER, name]);

  await run(
    `update theme set support_count = support_count - 1, updated_at = now() where id in (select theme_id from theme_support where user_id = ?)`,
  );
  for (const table of [
    'theme_support',
    'reaction',
    'follow',
    'notification',
    'notification_preference',
    'membership',
    'membership_request',
    'auth_session',
    'personal_data_export',
  ]) {
    await run(`delete from ${table} where user_id = ?`);
  }
  await run(`delete from one_time_token where user_id = ? or email = ?`, [userId, email]);
  await run(`delete from "${jobSchema}".job where data::text like ?`, [`%${email}%`]);
  await run(`delete from "${jobSchema}".archive where data::text like ?`, [`%${email}%`]);
  await run(
    `update app_user set email = ?, display_name = ?, password_hash = '!', role = 'MEMBER', locale = 'nl',
       deactivated_at = coalesce(deactivated_at, now()), deleted_at = now(), deletion_requested_at = null where id = ?`,
    [`verwijderd-${userId}@invalid`, FORMER_MEMBER, userId],
  );
  recordAudit(tx, { action: AuditAction.ACCOUNT_DELETED, actorId: null, personId: userId, details: { posts: person.leaving_posts } });
  return files;
}
