import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentMoment, Competence } from '@ln/domain';
import '../common/graphql/enums';

@ObjectType('CompetenceAssessment', { description: 'De zelfevaluatie van een pilootproject voor één sleutelcompetentie op één moment.' })
export class CompetenceAssessmentModel {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => AssessmentMoment)
  moment!: AssessmentMoment;

  @Field(() => Int, { description: 'Van 1 (nog niet) tot 5 (helemaal).' })
  score!: number;

  @Field({ description: 'De toelichting: waaruit blijkt het?' })
  note!: string;

  @Field()
  assessedAt!: Date;
}

@ObjectType('CompetenceOutcome', { description: 'Het gemiddelde van het netwerk voor één competentie op één moment.' })
export class CompetenceOutcomeModel {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => AssessmentMoment)
  moment!: AssessmentMoment;

  @Field(() => Float)
  averageScore!: number;

  @Field(() => Int, { description: 'Hoeveel projecten zich op dat moment evalueerden.' })
  projects!: number;
}

@ObjectType('LearningOutcomes')
export class LearningOutcomesModel {
  @Field(() => [CompetenceOutcomeModel])
  outcomes!: CompetenceOutcomeModel[];

  @Field(() => Competence, { nullable: true, description: 'Waar het netwerk het zwakst staat (laagste gemiddelde op het laatste moment).' })
  weakest!: Competence | null;
}

@InputType()
export class CompetenceScoreInput {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int)
  score!: number;

  @Field()
  note!: string;
}

@InputType()
export class RecordSelfAssessmentInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => AssessmentMoment)
  moment!: AssessmentMoment;

  @Field(() => [CompetenceScoreInput])
  scores!: CompetenceScoreInput[];
}
