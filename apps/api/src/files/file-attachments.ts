import { FILE_ALT_MAX, IMAGE_MEDIA_TYPES, MAX_FILES_PER_ITEM } from '@ln/domain';
import { invalidField } from '../common/errors/domain-error';
import { isUuid } from '../common/ids';
import { OWNER_COLUMN, type FileOwner, type FileRef } from './file-owner';

/** Runs SQL with `?` placeholders inside the caller's transaction (MikroORM's or plain pg's). */
export type SqlRunner = <R>(sql: string, params: unknown[]) => Promise<R[]>;

interface AttachRow {
  id: string;
  media_type: string;
  uploaded_by_id: string | null;
  owner_count: number;
  mine: boolean;
}

export interface AttachOptions {
  /** Images need alt text (posts). */
  requireAlt: boolean;
  /** The list is the owner's whole list: files no longer named are removed (edits). */
  replace: boolean;
}

/**
 * Attaches files to their owner inside the owner's transaction: each must be the viewer's own upload not attached
 * to anything yet, or already this owner's. Locks the rows, so one upload cannot end up on two things. Returns the
 * storage keys of files the new list dropped, to remove once the transaction committed.
 */
export async function attachFiles(
  run: SqlRunner,
  userId: string,
  refs: readonly FileRef[] | null | undefined,
  owner: FileOwner,
  options: AttachOptions,
): Promise<string[]> {
  const list = refs ?? [];
  if (list.length > MAX_FILES_PER_ITEM) throw invalidField('files', 'tooManyFiles', { max: MAX_FILES_PER_ITEM });
  list.forEach((ref, index) => {
    if (!isUuid(ref.id) || list.findIndex((other) => other.id === ref.id) !== index) {
      throw invalidField(`files.${index}.id`, 'fileNotAvailable');
    }
    if ((ref.alt?.trim().length ?? 0) > FILE_ALT_MAX) throw invalidField(`files.${index}.alt`, 'tooLong', { max: FILE_ALT_MAX });
  });
  const column = OWNER_COLUMN[owner.kind];
  const rows = list.length
    ? await run<AttachRow>(
        `select id, media_type, uploaded_by_id, num_nonnulls(report_id, practice_id, post_id, meeting_id)::int as owner_count,
                ${column} is not distinct from ?::uuid as mine
           from stored_file where id = any(?::uuid[]) for update`,
        [owner.id, uuidArray(list.map((ref) => ref.id))],
      )
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  list.forEach((ref, index) => {
    const row = byId.get(ref.id);
    const available = row && (row.owner_count === 0 ? row.uploaded_by_id === userId : row.mine);
    if (!row || !available) throw invalidField(`files.${index}.id`, 'fileNotAvailable');
    if (options.requireAlt && IMAGE_MEDIA_TYPES.includes(row.media_type) && !ref.alt?.trim()) {
      throw invalidField(`files.${index}.alt`, 'altRequired');
    }
  });
  let dropped: string[] = [];
  if (options.replace) {
    const removed = await run<{ storage_key: string; thumbnail_key: string | null }>(
      `delete from stored_file where ${column} = ? and not (id = any(?::uuid[])) returning storage_key, thumbnail_key`,
      [owner.id, uuidArray(list.map((ref) => ref.id))],
    );
    dropped = storageKeysOf(removed);
  }
  for (const [position, ref] of list.entries()) {
    await run(`update stored_file set ${column} = ?, attached_at = coalesce(attached_at, now()), alt = ?, position = ? where id = ?`, [
      owner.id,
      ref.alt?.trim() || null,
      position,
      ref.id,
    ]);
  }
  return dropped;
}

/** Removes the owner's files' rows inside the owner's transaction; returns their storage keys to remove after commit. */
export async function detachAllFiles(run: SqlRunner, owner: FileOwner): Promise<string[]> {
  const removed = await run<{ storage_key: string; thumbnail_key: string | null }>(
    `delete from stored_file where ${OWNER_COLUMN[owner.kind]} = ? returning storage_key, thumbnail_key`,
    [owner.id],
  );
  return storageKeysOf(removed);
}

export function storageKeysOf(rows: ReadonlyArray<{ storage_key: string; thumbnail_key: string | null }>): string[] {
  return rows.flatMap((row) => (row.thumbnail_key ? [row.storage_key, row.thumbnail_key] : [row.storage_key]));
}

/** An array parameter as PostgreSQL's array text: MikroORM would spread a JS array into a list of parameters. */
function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/** `?` placeholders as pg's `$1, $2, …` (the SQL above holds no other question marks). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}
