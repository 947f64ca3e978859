import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { EntityManager } from '@mikro-orm/postgresql';
import { PracticeStatus, Visibility } from '@ln/domain';
import { isFacilitator, isNetworkMember, type Viewer } from '../common/auth/viewer';
import { canReadPost, isPublicPractice } from '../common/access/visibility';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { groupByKeys, loaderFor } from '../common/graphql/loaders';
import { isUuid } from '../common/ids';
import { rateLimited } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { fileViewOf, FILE_ROW_COLUMNS, OWNER_COLUMN, type FileOwnerKind, type FileRow, type FileView } from './file-owner';
import { storageKeysOf, type SqlRunner } from './file-attachments';
import type { InspectedFile } from './upload-intake';

interface AccessRow extends FileRow {
  storage_key: string;
  uploaded_by_id: string | null;
  report_id: string | null;
  practice_id: string | null;
  post_id: string | null;
  meeting_id: string | null;
  post_deleted_at: Date | null;
  post_hidden_at: Date | null;
  post_author_id: string | null;
  practice_visibility: Visibility | null;
  practice_status: PracticeStatus | null;
  practice_author_id: string | null;
}

export interface ReadableFile extends FileView {
  storageKey: string;
  thumbnailKey: string | null;
  /** Anyone may read it (a public practice's file): it may be cached by shared caches. */
  isPublic: boolean;
}

/** How long an upload may wait to be attached before the cleanup removes it. */
export const UNATTACHED_FILE_HOURS = 24;
/** What one person may hold in uploads not attached to anything yet: files, and bytes as this many largest files. */
export const MAX_PENDING_FILES = 50;
const MAX_PENDING_LARGEST_FILES = 10;

/** Uploaded files: storing them, who may read them, listing them per owner, and removing what nothing holds. */
@Injectable()
export class FilesService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(FilesService.name);
  }

  /** Where uploads are written while they arrive (beside the local storage, so storing is a rename). */
  get incomingDir(): string {
    return join(this.config.files.dir, '.incoming');
  }

  /** Refuses (RATE_LIMITED) someone who already holds too many uploads not attached to anything. */
  async checkPending(viewer: Viewer): Promise<void> {
    const rows = await this.em.getConnection().execute<Array<{ files: number; bytes: string }>>(
      `select count(*)::int as files, coalesce(sum(bytes), 0)::bigint as bytes from stored_file
        where uploaded_by_id = ? and attached_at is null`,
      [viewer.userId],
    );
    const pending = rows.at(0);
    if (
      pending &&
      (pending.files >= MAX_PENDING_FILES || Number(pending.bytes) >= MAX_PENDING_LARGEST_FILES * this.config.files.maxBytes)
    ) {
      throw rateLimited('tooManyPendingUploads');
    }
  }

  /** Puts an inspected upload in storage and records it as the viewer's, not attached yet. */
  async store(viewer: Viewer, file: InspectedFile): Promise<FileView> {
    const id = randomUUID();
    const thumbnailKey = file.thumbnail ? `${id}.thumb` : null;
    try {
      await this.storage.put(id, file.path, file.bytes, file.mediaType);
      if (file.thumbnail && thumbnailKey) await this.storage.put(thumbnailKey, file.thumbnail.path, file.thumbnail.bytes, 'image/webp');
      const [row] = await this.em.getConnection().execute<FileRow[]>(
        `insert into stored_file (id, uploaded_by_id, name, media_type, bytes, storage_key, thumbnail_key, width, height)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning ${FILE_ROW_COLUMNS.join(', ')}`,
        [id, viewer.userId, file.name, file.mediaType, file.bytes, id, thumbnailKey, file.width, file.height],
      );
      return fileViewOf(row);
    } catch (error) {
      await this.storage.remove(thumbnailKey ? [id, thumbnailKey] : [id]).catch(() => undefined);
      throw error;
    } finally {
      await Promise.all(file.temporary.map((path) => rm(path, { force: true })));
    }
  }

  /**
   * The file, when this viewer may read it: the same as what it is attached to (a report's content and a meeting's
   * minutes: members; a post: members who may read the post; a practice: everyone once public, else members, its
   * author and facilitators); not attached yet: only who uploaded it. Null for anything else, a guessed id included.
   */
  async readableBy(viewer: Viewer | null, id: string): Promise<ReadableFile | null> {
    if (!isUuid(id)) return null;
    const rows = await this.em.getConnection().execute<AccessRow[]>(
      `select f.*, p.deleted_at as post_deleted_at, p.hidden_at as post_hidden_at, p.author_id as post_author_id,
              pr.visibility as practice_visibility, pr.status as practice_status, pr.author_id as practice_author_id
         from stored_file f
         left join post p on p.id = f.post_id
         left join practice pr on pr.id = f.practice_id
        where f.id = ?`,
      [id],
    );
    const row = rows.at(0);
    if (!row) return null;
    if (!mayRead(viewer, row)) return null;
    const isPublic = !!row.practice_id && isPublicPractice({ visibility: row.practice_visibility!, status: row.practice_status! });
    return { ...fileViewOf(row), storageKey: row.storage_key, thumbnailKey: row.thumbnail_key, isPublic };
  }

  open(key: string): Promise<Readable> {
    return this.storage.get(key);
  }

  /** The files of one kind of owner, batched per operation (one statement however many owners a page shows). */
  filesOf(context: GraphqlContext, kind: FileOwnerKind, ownerId: string): Promise<FileView[]> {
    const column = OWNER_COLUMN[kind];
    return loaderFor<string, FileView[]>(context, `files.${kind}`, async (ids) => {
      const rows = await this.em.getConnection().execute<Array<FileRow & { owner_id: string }>>(
        `select ${FILE_ROW_COLUMNS.join(', ')}, ${column} as owner_id from stored_file
          where ${column} in (?) order by position, created_at`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.owner_id).map((group) => group.map(fileViewOf));
    }).load(ownerId);
  }

  /** Storage to free after a transaction that removed file rows committed; a failure is logged (the bytes stay). */
  async discard(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.storage
      .remove(keys)
      .catch((error: unknown) => this.logger.warn({ err: error, keys }, 'Bestanden niet verwijderd uit de opslag'));
  }

  /**
   * Removes uploads never attached within 24 h of `asOf`, and files whose owner was deleted. Runs hourly; returns how
   * many files went.
   */
  async removeAbandoned(asOf: Date): Promise<number> {
    const removed = await this.em.getConnection().execute<Array<{ storage_key: string; thumbnail_key: string | null }>>(
      `delete from stored_file
        where (attached_at is null and created_at < ?::timestamptz - make_interval(hours => ?))
           or (attached_at is not null and num_nonnulls(report_id, practice_id, post_id, meeting_id) = 0)
        returning storage_key, thumbnail_key`,
      [asOf.toISOString(), UNATTACHED_FILE_HOURS],
    );
    await this.discard(storageKeysOf(removed));
    return removed.length;
  }
}

/** A runner for `attachFiles` inside a MikroORM transaction. */
export function ormRunner(tx: EntityManager): SqlRunner {
  return <R>(sql: string, params: unknown[]) => tx.execute<R[]>(sql, params);
}

function mayRead(viewer: Viewer | null, row: AccessRow): boolean {
  if (row.practice_id) {
    const practice = { visibility: row.practice_visibility!, status: row.practice_status! };
    if (isPublicPractice(practice)) return true;
    if (!isNetworkMember(viewer)) return false;
    return practice.status !== PracticeStatus.DRAFT || isFacilitator(viewer) || viewer?.userId === row.practice_author_id;
  }
  if (!isNetworkMember(viewer)) return false;
  if (row.post_id) {
    return canReadPost(viewer, { deletedAt: row.post_deleted_at, hiddenAt: row.post_hidden_at, authorId: row.post_author_id! });
  }
  if (row.report_id || row.meeting_id) return true;
  return row.uploaded_by_id === viewer?.userId;
}
