import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToMany, OneToMany, OneToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { OrganisationType, Visibility } from '@ln/domain';
import type { Membership } from '../people/membership.entity';
import type { PilotProject } from '../projects/pilot-project.entity';

@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  name!: string;

  @Property({ length: 200 })
  @Unique()
  slug!: string;

  @Enum({ items: () => OrganisationType, nativeEnumName: 'organisation_type' })
  @Index()
  type!: OrganisationType;

  @Property({ length: 120, nullable: true })
  region?: string | null;

  @Property({ type: 'boolean', default: false })
  subsidised: Opt<boolean> = false;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Opt<Visibility> = Visibility.PUBLIC;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ length: 500, nullable: true })
  website?: string | null;

  /** A partnership's (or welfare region's) member municipalities and OCMW's. */
  @ManyToMany({
    entity: () => Organisation,
    pivotTable: 'organisation_member',
    joinColumn: 'partnership_id',
    inverseJoinColumn: 'member_id',
    owner: true,
  })
  memberOrganisations = new Collection<Organisation>(this);

  @ManyToMany({ entity: () => Organisation, mappedBy: (org: Organisation) => org.memberOrganisations })
  partOf = new Collection<Organisation>(this);

  @OneToMany({ entity: 'Membership', mappedBy: 'organisation' })
  memberships = new Collection<Membership>(this);

  @OneToOne({ entity: 'PilotProject', mappedBy: 'partnership', nullable: true })
  pilotProject?: PilotProject | null;

  /** Null while a cooperation's application to join awaits a facilitator. */
  @Property({ type: 'datetime', nullable: true, defaultRaw: 'now()' })
  admittedAt?: Date | null = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
