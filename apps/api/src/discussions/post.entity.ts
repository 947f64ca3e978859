import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { PostKind } from '@ln/domain';
import { User } from '../people/user.entity';
import { Thread } from './thread.entity';

/** Dutch full-text vector of the body, kept by PostgreSQL; read only by the search SQL (weight C, like practice bodies). */
const SEARCH_VECTOR = `setweight(to_tsvector('dutch'::regconfig, coalesce(body, ''::text)), 'C'::"char") stored`;

@Entity({ tableName: 'post' })
@Index({ name: 'post_search_vector_index', expression: 'create index "post_search_vector_index" on "post" using gin ("search_vector")' })
@Index({ name: 'post_thread_order_idx', properties: ['thread', 'createdAt', 'id'] })
@Unique({ name: 'post_author_client_mutation_id_unique', properties: ['author', 'clientMutationId'] })
export class Post {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Thread, deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne({ entity: () => User, deleteRule: 'restrict', index: true })
  author!: User;

  /** Markdown as written. */
  @Property({ type: 'text' })
  body!: string;

  /** Sanitised HTML rendered on the server from body. */
  @Property({ type: 'text' })
  bodyHtml!: string;

  @Enum({ items: () => PostKind, nativeEnumName: 'post_kind', default: PostKind.COMMENT })
  kind: Opt<PostKind> = PostKind.COMMENT;

  @ManyToOne({ entity: () => Post, nullable: true, deleteRule: 'set null', index: true })
  replyTo?: Post | null;

  /** The client's idempotency key: one post per author per key (NULLs are distinct). */
  @Property({ length: 100, nullable: true })
  clientMutationId?: string | null;

  /** Millisecond precision, like JavaScript dates: keyset cursors compare exactly. */
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  editedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  /** Moderation: a facilitator hid the post, with a reason. */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  hiddenReason?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  hiddenBy?: User | null;

  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Property({ type: 'tsvector', lazy: true, hidden: true, nullable: true, generated: SEARCH_VECTOR })
  searchVector?: Opt<string> | null;
}
