import { Field, ObjectType } from '@nestjs/graphql';
import { PostModel } from './discussion.models';

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
