import { randomUUID } from 'node:crypto';
import { Check, Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Visibility } from '@ln/domain';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../people/user.entity';
import { AgendaItem } from './agenda-item.entity';

@Check({ name: 'meeting_period_check', expression: `ends_at > starts_at` })
@Check({ name: 'meeting_capacity_check', expression: `capacity is null or capacity > 0` })
@Entity({ tableName: 'meeting' })
export class Meeting {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'datetime', index: true })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ length: 300, nullable: true })
  location?: string | null;

  @Property({ length: 1000, nullable: true })
  onlineUrl?: string | null;

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.MEMBERS })
  visibility: Opt<Visibility> = Visibility.MEMBERS;

  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @OneToMany({ entity: () => AgendaItem, mappedBy: 'meeting', orderBy: { position: 'asc' } })
  agenda = new Collection<AgendaItem>(this);

  @ManyToMany({
    entity: () => Organisation,
    pivotTable: 'meeting_invitation',
    joinColumn: 'meeting_id',
    inverseJoinColumn: 'organisation_id',
  })
  invitedOrganisations = new Collection<Organisation>(this);

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  /** Optimistic concurrency for updates and minutes (expectedVersion). */
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
