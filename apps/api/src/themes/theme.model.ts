import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Competence, ThemeStatus } from '@ln/domain';
import { Node } from '../common/graphql/node.interface';
import { ConnectionOf } from '../common/graphql/pagination';
import '../common/graphql/enums';

@ObjectType('Theme', { implements: () => [Node], description: 'Thema, bottom-up verzameld (vaak op een bijeenkomst).' })
export class ThemeModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ThemeStatus)
  status!: ThemeStatus;

  @Field(() => [Competence])
  competences!: Competence[];

  @Field(() => Int)
  supportCount!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ThemeConnection')
export class ThemeConnection extends ConnectionOf(ThemeModel) {}

@InputType()
export class ThemeFilter {
  @Field(() => ID, { nullable: true, description: 'Enkel thema’s verzameld op deze bijeenkomst.' })
  meetingId?: string | null;

  @Field(() => ThemeStatus, { nullable: true })
  status?: ThemeStatus | null;

  @Field(() => Competence, { nullable: true })
  competence?: Competence | null;

  @Field(() => Boolean, { nullable: true, description: 'Enkel de thema’s die de aangemelde persoon steunt.' })
  supportedByViewer?: boolean | null;
}

@InputType()
export class ProposeThemeInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Competence], { nullable: true })
  competences?: Competence[] | null;

  @Field(() => ID, { nullable: true, description: 'De bijeenkomst waarop het thema verzameld wordt.' })
  meetingId?: string | null;
}
