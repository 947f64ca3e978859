import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Competence, PracticeStatus, Visibility } from '@ln/domain';
import { Post } from '../discussions/post.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../people/user.entity';
import { Theme } from '../themes/theme.entity';

const SEARCH_VECTOR =
  `(setweight(to_tsvector('dutch'::regconfig, (coalesce(title, ''::character varying))::text), 'A'::"char") || ` +
  `setweight(to_tsvector('dutch'::regconfig, coalesce(summary, ''::text)), 'B'::"char") || ` +
  `setweight(to_tsvector('dutch'::regconfig, coalesce(body, ''::text)), 'C'::"char")) stored`;

/** A good practice or publication. PUBLIC only after a facilitator's review. */
@Entity({ tableName: 'practice' })
@Index({ properties: ['visibility', 'publishedAt'] })
@Index({
  name: 'practice_search_vector_index',
  expression: 'create index "practice_search_vector_index" on "practice" using gin ("search_vector")',
})
@Index({
  name: 'practice_title_trgm_index',
  expression: 'create index "practice_title_trgm_index" on "practice" using gin ("title" gin_trgm_ops)',
})
export class Practice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 220 })
  @Unique()
  slug!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  bodyHtml!: string;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.MEMBERS })
  visibility: Opt<Visibility> = Visibility.MEMBERS;

  @Enum({ items: () => PracticeStatus, nativeEnumName: 'practice_status', default: PracticeStatus.DRAFT })
  status: Opt<PracticeStatus> = PracticeStatus.DRAFT;

  @Enum({ items: () => Competence, array: true, nativeEnumName: 'competence', default: [] })
  competences: Opt<Competence[]> = [];

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null', index: true })
  organisation?: Organisation | null;

  @ManyToOne({ entity: () => Theme, nullable: true, deleteRule: 'set null', index: true })
  theme?: Theme | null;

  @ManyToOne({ entity: () => Post, nullable: true, deleteRule: 'set null' })
  sourcePost?: Post | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  author?: User | null;

  /** Attachments and further reading: http(s) URLs. */
  @Property({ type: 'text[]', default: '{}' })
  links: Opt<string[]> = [];

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  /** A facilitator's review of a request to publish publicly. */
  @Property({ type: 'text', nullable: true })
  reviewRemark?: string | null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  /** Dutch full-text vector, kept by PostgreSQL (title A, summary B, body C); read only by search SQL. */
  @Property({ type: 'tsvector', lazy: true, hidden: true, nullable: true, generated: SEARCH_VECTOR })
  searchVector?: Opt<string> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
