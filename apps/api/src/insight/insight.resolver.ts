import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MembersOnly } from '../common/auth/decorators';
import { invalidField } from '../common/errors/domain-error';
import { CompetencePracticesModel, ThemeWeekActivityModel } from './insight.models';
import { InsightService } from './insight.service';

const MAX_WEEKS = 104;

@Resolver()
export class InsightResolver {
  constructor(private readonly insight: InsightService) {}

  @MembersOnly()
  @Query(() => [ThemeWeekActivityModel], {
    description: 'Leden: bijdragen per week per thema (Brusselse weken), de laatste `weeks` weken.',
  })
  activityPerWeek(
    @Args('weeks', { type: () => Int, nullable: true, description: `Standaard 12, max ${MAX_WEEKS}.` }) weeks: number | null,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
  ): Promise<ThemeWeekActivityModel[]> {
    const span = weeks ?? 12;
    if (!Number.isInteger(span) || span < 1 || span > MAX_WEEKS) throw invalidField('weeks', 'outOfRange', { min: 1, max: MAX_WEEKS });
    return this.insight.activityPerWeek(span, asOf ?? new Date());
  }

  @MembersOnly()
  @Query(() => [CompetencePracticesModel], { description: 'Leden: gepubliceerde goede praktijken per sleutelcompetentie.' })
  practicesPerCompetence(): Promise<CompetencePracticesModel[]> {
    return this.insight.practicesPerCompetence();
  }
}
