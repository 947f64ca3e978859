import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { AuditAction } from '@ln/domain';
import type { Organisation } from '../../organisations/organisation.entity';
import type { User } from '../../people/user.entity';

/**
 * One line of the audit trail: who did what to whom, when. Written in the transaction of the change it records;
 * append-only (a database trigger refuses changes, see the migration), kept for the retention period.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
@Index({ properties: ['actor', 'at'] })
@Index({ properties: ['person', 'at'] })
@Index({ properties: ['organisation', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  /** Who acted; null for the platform itself (a throttle) or someone acting through a link (a password reset). */
  @ManyToOne({ entity: 'User', nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  /** The person the action concerns (whose role changed, whose post was hidden). */
  @ManyToOne({ entity: 'User', nullable: true, deleteRule: 'set null' })
  person?: User | null;

  @ManyToOne({ entity: 'Organisation', nullable: true, deleteRule: 'set null' })
  organisation?: Organisation | null;

  /** What was acted on, e.g. `post` and its id. */
  @Property({ length: 30, nullable: true })
  subjectType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  /** A few facts that the line needs to be understood later (a reason, the role before and after). */
  @Property({ type: 'json' })
  details: Opt<Record<string, unknown>> = {};
}
