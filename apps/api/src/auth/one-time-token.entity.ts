import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../people/user.entity';

export enum OneTimeTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
  CALENDAR_FEED = 'CALENDAR_FEED',
}

/** A token sent by e-mail (password reset, invitation). Stored as SHA-256; used once. */
@Entity({ tableName: 'one_time_token' })
export class OneTimeToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => OneTimeTokenPurpose, nativeEnumName: 'one_time_token_purpose' })
  purpose!: OneTimeTokenPurpose;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  /** The account concerned (password reset), if any. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'cascade' })
  user?: User | null;

  /** Invitation: who is invited, to which organisation, by whom. */
  @Property({ length: 320, nullable: true })
  email?: string | null;

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'cascade' })
  organisation?: Organisation | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
