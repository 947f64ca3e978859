import { randomUUID } from 'node:crypto';
import { Check, Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { LeavingPosts, NetworkRole } from '@ln/domain';
import type { Membership } from './membership.entity';

@Check({ name: 'app_user_email_lower_check', expression: `email = lower(email)` })
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; unique. */
  @Property({ length: 320 })
  @Unique()
  email!: string;

  @Property({ length: 100 })
  displayName!: string;

  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  /** Staff role. A plain person has MEMBER here and is a member only with an approved membership. */
  @Enum({ items: () => NetworkRole, nativeEnumName: 'network_role', default: NetworkRole.MEMBER })
  role: Opt<NetworkRole> = NetworkRole.MEMBER;

  @Property({ type: 'string', length: 5, default: 'nl' })
  locale: Opt<string> = 'nl';

  @OneToMany({ entity: 'Membership', mappedBy: 'user' })
  memberships = new Collection<Membership>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  deactivatedAt?: Date | null;

  /** The person asked to leave the network (or a facilitator did for them): purged after the grace period. */
  @Property({ type: 'datetime', nullable: true })
  deletionRequestedAt?: Date | null;

  @Enum({ items: () => LeavingPosts, nullable: true })
  leavingPosts?: LeavingPosts | null;

  /** When the account was purged: no name, address or password left, only "Voormalig lid". */
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
