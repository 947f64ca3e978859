import { AttachFileInput } from '../files/file.model';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ProjectFocus, ReportKind } from '@ln/domain';
import { ReportStatus } from './report-status';
import { Node } from '../common/graphql/node.interface';
import { OrganisationModel } from '../organisations/organisation.model';
import '../common/graphql/enums';

/** The schedule (kind, due date, status) is public; summary, link and review remark are fields with access checks. */
@ObjectType('ProjectReport', { implements: () => [Node] })
export class ProjectReportModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportKind)
  kind!: ReportKind;

  @Field({ description: 'Vervaldatum (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => Date, { nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt?: Date | null;

  @Field({ description: 'Niet ingediend en de vervaldatum is voorbij (in Europe/Brussels).' })
  overdue!: boolean;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Date, { nullable: true })
  sentBackAt?: Date | null;
}

@InputType()
export class SubmitProjectReportInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ReportKind)
  kind!: ReportKind;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Link naar het volledige rapport (https://…).' })
  link?: string | null;

  @Field(() => [AttachFileInput], {
    nullable: true,
    description: 'De documenten van het rapport (vervangen de vorige lijst); weggelaten: ongewijzigd.',
  })
  files?: AttachFileInput[] | null;
}

@ObjectType('PilotProject', { implements: () => [Node] })
export class PilotProjectModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  slug!: string;

  @Field(() => ProjectFocus)
  focus!: ProjectFocus;

  @Field({ description: 'Begin van de subsidieperiode (YYYY-MM-DD).' })
  startsOn!: string;

  @Field({ description: 'Einde van de subsidieperiode (YYYY-MM-DD).' })
  endsOn!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => OrganisationModel)
  leadOrganisation!: OrganisationModel;

  @Field(() => OrganisationModel, { description: 'Het samenwerkingsverband dat het project draagt.' })
  partnership!: OrganisationModel;
}
