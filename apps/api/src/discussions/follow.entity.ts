import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../people/user.entity';
import { Theme } from '../themes/theme.entity';
import { Thread } from './thread.entity';

/** A person follows a thread or a theme: new posts (and threads) there notify them. */
@Check({ name: 'follow_target_check', expression: 'num_nonnulls(thread_id, theme_id) = 1' })
@Entity({ tableName: 'follow' })
@Unique({ properties: ['user', 'thread'] })
@Unique({ properties: ['user', 'theme'] })
export class Follow {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => Thread, nullable: true, deleteRule: 'cascade', index: true })
  thread?: Thread | null;

  @ManyToOne({ entity: () => Theme, nullable: true, deleteRule: 'cascade', index: true })
  theme?: Theme | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
