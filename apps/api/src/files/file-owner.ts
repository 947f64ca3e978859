/** What a file can be attached to, and the column that says so. */
export type FileOwnerKind = 'report' | 'practice' | 'post' | 'meeting';

export interface FileOwner {
  kind: FileOwnerKind;
  id: string;
}

export const OWNER_COLUMN: Record<FileOwnerKind, string> = {
  report: 'report_id',
  practice: 'practice_id',
  post: 'post_id',
  meeting: 'meeting_id',
};

/** A file named in a mutation's input: its id, and for an image what it shows. */
export interface FileRef {
  id: string;
  alt?: string | null;
}

/** A file as the API shows it (from a row of stored_file). */
export interface FileView {
  id: string;
  name: string;
  mediaType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  hasThumbnail: boolean;
}

export interface FileRow {
  id: string;
  name: string;
  media_type: string;
  bytes: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  thumbnail_key: string | null;
}

export function fileViewOf(row: FileRow): FileView {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.media_type,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    hasThumbnail: !!row.thumbnail_key,
  };
}

/** The columns of FileRow, for `select` lists and json_build_object. */
export const FILE_ROW_COLUMNS = ['id', 'name', 'media_type', 'bytes', 'width', 'height', 'alt', 'thumbnail_key'] as const;

/** A JSON array of the owner's files (FileRow), in order, for one statement that also reads the owner: `alias` is stored_file's. */
export function filesJsonSql(ownerKind: FileOwnerKind, ownerIdSql: string): string {
  const fields = FILE_ROW_COLUMNS.map((column) => `'${column}', f.${column}`).join(', ');
  return `(select coalesce(json_agg(json_build_object(${fields}) order by f.position, f.created_at), '[]'::json)
             from stored_file f where f.${OWNER_COLUMN[ownerKind]} = ${ownerIdSql})`;
}
