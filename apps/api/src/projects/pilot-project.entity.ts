import { randomUUID } from 'node:crypto';
import { Check, Collection, Entity, Enum, ManyToOne, OneToMany, OneToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ProjectFocus } from '@ln/domain';
import { Organisation } from '../organisations/organisation.entity';
import { ProjectReport } from './project-report.entity';

/** A subsidised pilot project: one partnership of municipalities, with a subsidy period and reports. */
@Check({ name: 'pilot_project_period_check', expression: `ends_on >= starts_on` })
@Entity({ tableName: 'pilot_project' })
export class PilotProject {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 200 })
  @Unique()
  slug!: string;

  @Enum({ items: () => ProjectFocus, nativeEnumName: 'project_focus' })
  focus!: ProjectFocus;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** The partnership (intergemeentelijk samenwerkingsverband) that carries the project. */
  @OneToOne({ entity: () => Organisation, inversedBy: 'pilotProject', unique: true, deleteRule: 'restrict' })
  partnership!: Organisation;

  /** The member organisation that leads the project (trekker). */
  @ManyToOne({ entity: () => Organisation, deleteRule: 'restrict', index: true })
  leadOrganisation!: Organisation;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @OneToMany({ entity: () => ProjectReport, mappedBy: 'project', orderBy: { dueOn: 'asc' } })
  reports = new Collection<ProjectReport>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
