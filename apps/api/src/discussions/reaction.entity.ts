import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Reaction as ReactionKind } from '@ln/domain';
import { User } from '../people/user.entity';
import { Post } from './post.entity';

@Entity({ tableName: 'reaction' })
export class PostReaction {
  [PrimaryKeyProp]?: ['post', 'user', 'reaction'];

  @ManyToOne({ entity: () => Post, primary: true, deleteRule: 'cascade' })
  post!: Post;

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade', index: true })
  user!: User;

  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => ReactionKind })
  reaction!: ReactionKind;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
