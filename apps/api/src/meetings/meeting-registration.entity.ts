import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { RegistrationStatus } from '@ln/domain';
import { User } from '../people/user.entity';
import { Meeting } from './meeting.entity';

/** One registration per person per meeting; a waitlisted one is promoted when a place frees up. */
@Entity({ tableName: 'meeting_registration' })
@Unique({ properties: ['meeting', 'user'] })
@Index({ properties: ['meeting', 'status', 'createdAt'] })
export class MeetingRegistration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: User;

  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status!: RegistrationStatus;

  @Property({ type: 'boolean', nullable: true })
  attended?: boolean | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
