import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';
import { User } from './user.entity';

/** An approved membership of a person in a member organisation. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'organisation'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade', index: true })
  organisation!: Organisation;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
