import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AssessmentMoment, Competence } from '@ln/domain';
import type { PilotProject } from '../projects/pilot-project.entity';
import type { User } from '../people/user.entity';

/** A pilot project's self-assessment of one key competence at one moment: a score of 1–5 and the evidence. */
@Entity({ tableName: 'competence_assessment' })
@Unique({ properties: ['project', 'moment', 'competence'] })
@Check({ name: 'competence_assessment_score_check', expression: '(score >= 1) AND (score <= 5)' })
export class CompetenceAssessment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'PilotProject', deleteRule: 'cascade' })
  project!: PilotProject;

  @Enum({ items: () => AssessmentMoment })
  moment!: AssessmentMoment;

  @Enum({ items: () => Competence })
  competence!: Competence;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'text' })
  note!: string;

  @ManyToOne({ entity: 'User', nullable: true, deleteRule: 'set null' })
  assessedBy?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  assessedAt: Opt<Date> = new Date();
}
