import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { MembershipRequestStatus } from '@ln/domain';
import { Organisation } from '../organisations/organisation.entity';
import { User } from './user.entity';

/** A person's request to join a member organisation, decided by a facilitator. */
@Entity({ tableName: 'membership_request' })
@Index({ properties: ['status', 'createdAt'] })
export class MembershipRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: User;

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  @Enum({ items: () => MembershipRequestStatus, nativeEnumName: 'membership_request_status', default: MembershipRequestStatus.PENDING })
  status: Opt<MembershipRequestStatus> = MembershipRequestStatus.PENDING;

  @Property({ type: 'text', nullable: true })
  message?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  decidedBy?: User | null;
}
