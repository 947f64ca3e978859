import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Competence } from '@ln/domain';
import '../common/graphql/enums';

@ObjectType('ThemeWeekActivity', { description: 'Hoeveel bijdragen er in een week over een thema geschreven werden.' })
export class ThemeWeekActivityModel {
  @Field({ description: 'Maandag van de week (YYYY-MM-DD, Brussel).' })
  weekStart!: string;

  @Field(() => ID, { nullable: true, description: 'Leeg: discussies zonder thema.' })
  themeId!: string | null;

  @Field(() => String, { nullable: true })
  themeTitle!: string | null;

  @Field(() => Int)
  posts!: number;
}

@ObjectType('CompetencePractices', { description: 'Hoeveel gepubliceerde goede praktijken een sleutelcompetentie behandelen.' })
export class CompetencePracticesModel {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int)
  practices!: number;
}

@ObjectType('MonthFigure', { description: 'Een getal per maand (Brussel) voor een reeks: een thema, een organisatie.' })
export class MonthFigureModel {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => ID)
  seriesId!: string;

  @Field()
  seriesName!: string;

  @Field(() => Int)
  value!: number;
}
