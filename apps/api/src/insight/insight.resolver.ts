import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MembersOnly } from '../common/auth/decorators';
import { invalidField } from '../common/errors/domain-error';
import { CompetencePracticesModel, MonthFigureModel, ThemeWeekActivityModel } from './insight.models';
import { InsightService } from './insight.service';

const MAX_WEEKS = 104;
const MAX_MONTHS = 60;

function monthsOf(months: number | null): number {
  const span = months ?? 12;
  if (!Number.isInteger(span) || span < 1 || span > MAX_MONTHS) throw invalidField('months', 'outOfRange', { min: 1, max: MAX_MONTHS });
  return span;
}

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

  @MembersOnly()
  @Query(() => [MonthFigureModel], { description: 'Leden: het aantal steunbetuigingen van de vijf meest gesteunde thema’s, per maand.' })
  themeSupportOverTime(
    @Args('months', { type: () => Int, nullable: true, description: `Standaard 12, max ${MAX_MONTHS}.` }) months: number | null,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
  ): Promise<MonthFigureModel[]> {
    return this.insight.themeSupportOverTime(monthsOf(months), asOf ?? new Date());
  }

  @MembersOnly()
  @Query(() => [MonthFigureModel], { description: 'Leden: aanwezigen op bijeenkomsten per organisatie per maand.' })
  attendanceOverTime(
    @Args('months', { type: () => Int, nullable: true, description: `Standaard 12, max ${MAX_MONTHS}.` }) months: number | null,
    @Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null,
  ): Promise<MonthFigureModel[]> {
    return this.insight.attendanceOverTime(monthsOf(months), asOf ?? new Date());
  }
}
