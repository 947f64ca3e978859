import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { User } from '../people/user.entity';
import { Thread } from './thread.entity';

/** How far a person has read a thread: posts after lastReadAt are unread for them. */
@Entity({ tableName: 'thread_read' })
export class ThreadRead {
  [PrimaryKeyProp]?: ['thread', 'user'];

  @ManyToOne({ entity: () => Thread, primary: true, deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  lastReadAt!: Date;
}
