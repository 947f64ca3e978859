import { AttachFileInput } from '../files/file.model';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Competence, OrganisationType, PracticeStatus, Visibility } from '@ln/domain';
import { ConnectionOf } from '../common/graphql/pagination';
import { Node } from '../common/graphql/node.interface';
import '../common/graphql/enums';

registerEnumType(PracticeStatus, { name: 'PracticeStatus' });

@ObjectType('Practice', { implements: () => [Node], description: 'Goede praktijk of publicatie.' })
export class PracticeModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Leesbare, stabiele URL-naam: /praktijken/<slug>.' })
  slug!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown zoals geschreven.' })
  body!: string;

  @Field({ description: 'Gesaneerde HTML, op de server uit body gemaakt.' })
  bodyHtml!: string;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => PracticeStatus)
  status!: PracticeStatus;

  @Field(() => [Competence])
  competences!: Competence[];

  @Field(() => [String])
  links!: string[];

  @Field(() => Date, { nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Opmerking van de facilitator bij de beoordeling.' })
  reviewRemark?: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('PracticeConnection')
export class PracticeConnection extends ConnectionOf(PracticeModel) {}

@InputType()
export class PracticeFilter {
  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => Competence, { nullable: true })
  competence?: Competence | null;

  @Field(() => OrganisationType, { nullable: true })
  organisationType?: OrganisationType | null;

  @Field(() => PracticeStatus, { nullable: true, description: 'IN_REVIEW: alleen voor facilitatoren.' })
  status?: PracticeStatus | null;
}

@InputType()
export class PublishPracticeInput {
  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown.' })
  body!: string;

  @Field(() => Visibility, { description: 'PUBLIC wordt eerst beoordeeld door een facilitator; tot dan alleen voor leden.' })
  visibility!: Visibility;

  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Het bericht waaruit deze praktijk voortkomt.' })
  sourcePostId?: string | null;

  @Field(() => [Competence], { nullable: true })
  competences?: Competence[] | null;

  @Field(() => [String], { nullable: true, description: 'Bijlagen of verdere lectuur (http/https).' })
  links?: string[] | null;

  @Field(() => [AttachFileInput], { nullable: true, description: 'Documenten en afbeeldingen bij de praktijk.' })
  files?: AttachFileInput[] | null;
}
