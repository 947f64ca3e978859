import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Competence, ThemeStatus } from '@ln/domain';
import { Node } from '../common/graphql/node.interface';
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
