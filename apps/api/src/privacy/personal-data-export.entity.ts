import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { User } from '../people/user.entity';

/** A member's "download my data": asked for, built by a job, downloadable by that member until it expires. */
@Entity({ tableName: 'personal_data_export' })
@Index({ properties: ['user', 'requestedAt'] })
export class PersonalDataExport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'User', deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  requestedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  readyAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  size?: number | null;

  /** The ZIP itself; loaded only to be downloaded. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  bytes?: Buffer | null;
}
