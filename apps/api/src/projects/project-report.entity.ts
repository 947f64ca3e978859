import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ReportKind } from '@ln/domain';
import { User } from '../people/user.entity';
import { PilotProject } from './pilot-project.entity';

/** A report a pilot project owes: one of each kind, with a due date. */
@Entity({ tableName: 'project_report' })
@Unique({ properties: ['project', 'kind'] })
export class ProjectReport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => PilotProject, deleteRule: 'cascade' })
  project!: PilotProject;

  @Enum({ items: () => ReportKind, nativeEnumName: 'report_kind' })
  kind!: ReportKind;

  @Property({ type: 'date', index: true })
  dueOn!: string;

  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ length: 1000, nullable: true })
  link?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  submittedBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  reviewedBy?: User | null;

  /** When a facilitator last sent the report back for changes. */
  @Property({ type: 'datetime', nullable: true })
  sentBackAt?: Date | null;

  /** A facilitator's remark when the report is sent back. */
  @Property({ type: 'text', nullable: true })
  reviewRemark?: string | null;

  @Property({ type: 'datetime', nullable: true })
  reminderSentAt?: Date | null;
}
