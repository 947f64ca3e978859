import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { User } from '../people/user.entity';
import type { ProjectReport } from '../projects/project-report.entity';
import type { Practice } from '../knowledge/practice.entity';
import type { Post } from '../discussions/post.entity';
import type { Meeting } from '../meetings/meeting.entity';

/**
 * An uploaded file: its bytes live in the file storage under `storageKey` (and `thumbnailKey` for images), this row
 * says what it is and what it belongs to. Unattached rows are the uploader's until they attach them (or the hourly
 * cleanup removes them after 24 h); attached rows are readable by whoever may read their owner. At most one owner.
 */
@Entity({ tableName: 'stored_file' })
@Check({ name: 'stored_file_one_owner', expression: 'num_nonnulls(report_id, practice_id, post_id, meeting_id) <= 1' })
@Index({ properties: ['attachedAt', 'createdAt'] })
export class StoredFile {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'User', nullable: true, deleteRule: 'set null' })
  uploadedBy?: User | null;

  /** The sanitised file name, as downloads carry it. */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  mediaType!: string;

  @Property({ type: 'integer' })
  bytes!: number;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'text', nullable: true })
  thumbnailKey?: string | null;

  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  /** What an image shows, for those who cannot see it. */
  @Property({ type: 'text', nullable: true })
  alt?: string | null;

  /** Where it appears among its owner's files. */
  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  attachedAt?: Date | null;

  // Owners by entity name (type-only imports): files/ sits below the features that attach files. When an owner row
  // is deleted the reference becomes null and the hourly cleanup removes the file.
  @ManyToOne({ entity: 'ProjectReport', nullable: true, deleteRule: 'set null', index: true })
  report?: ProjectReport | null;

  @ManyToOne({ entity: 'Practice', nullable: true, deleteRule: 'set null', index: true })
  practice?: Practice | null;

  @ManyToOne({ entity: 'Post', nullable: true, deleteRule: 'set null', index: true })
  post?: Post | null;

  @ManyToOne({ entity: 'Meeting', nullable: true, deleteRule: 'set null', index: true })
  meeting?: Meeting | null;
}
