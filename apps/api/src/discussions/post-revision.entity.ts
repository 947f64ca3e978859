import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../people/user.entity';
import { Post } from './post.entity';

/** An earlier version of a post, kept when the post is edited. */
@Entity({ tableName: 'post_revision' })
@Unique({ properties: ['post', 'version'] })
export class PostRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Post, deleteRule: 'cascade' })
  post!: Post;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  editedBy?: User | null;

  /** When this version was replaced. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  replacedAt: Opt<Date> = new Date();
}
