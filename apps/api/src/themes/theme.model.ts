import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Competence, ThemeStatus } from '@ln/domain';
import { Node } from '../common/graphql/node.interface';
import { ConnectionOf } from '../common/graphql/pagination';
import { PostModel } from '../discussions/discussion.models';
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

@ObjectType('ThemeMap', {
  description:
    'Knelpunten, handvatten, goede voorbeelden en oplossingsstrategieën uit de discussies van een thema. ' +
    'Een knelpunt is open zolang geen enkele (niet verwijderde) bijdrage van soort LEVER erop antwoordt.',
})
export class ThemeMapModel {
  @Field(() => [PostModel])
  bottlenecks!: PostModel[];

  @Field(() => [PostModel])
  levers!: PostModel[];

  @Field(() => [PostModel])
  goodPractices!: PostModel[];

  @Field(() => [PostModel])
  solutionStrategies!: PostModel[];

  @Field(() => [PostModel], { description: 'Knelpunten waarvoor nog geen handvat bestaat.' })
  openBottlenecks!: PostModel[];
}

@InputType()
export class ThemeFilter {
  @Field(() => ID, { nullable: true, description: 'Enkel thema’s verzameld op deze bijeenkomst.' })
  meetingId?: string | null;

  @Field(() => ThemeStatus, { nullable: true })
  status?: ThemeStatus | null;

  @Field(() => Competence, { nullable: true })
  competence?: Competence | null;
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
