import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Competence } from '@ln/domain';
import { STAFF } from '../common/auth/auth.guard';
import { CurrentViewer } from '../common/auth/current-viewer';
import { MembersOnly, Roles } from '../common/auth/decorators';
import { isNetworkMember, type Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { MeetingModel } from '../meetings/meeting.model';
import type { PilotProject } from '../projects/pilot-project.entity';
import { PilotProjectModel } from '../projects/pilot-project.model';
import { CompetenceAgendaService } from './competence-agenda.service';
import { CompetenceAssessmentModel, LearningOutcomesModel, RecordSelfAssessmentInput } from './learning.models';
import { LearningOutcomesService } from './learning-outcomes.service';

@Resolver(() => PilotProjectModel)
export class LearningResolver {
  constructor(
    private readonly outcomes: LearningOutcomesService,
    private readonly agenda: CompetenceAgendaService,
  ) {}

  @ResolveField(() => [CompetenceAssessmentModel], {
    description: 'De zelfevaluaties van het project op de sleutelcompetenties: voor leden van het netwerk (anderen: leeg).',
  })
  async selfAssessments(@Parent() project: PilotProject, @Context() context: GraphqlContext): Promise<CompetenceAssessmentModel[]> {
    if (!isNetworkMember(context.viewer)) return [];
    return this.outcomes.ofProject(project.id);
  }

  @Mutation(() => PilotProjectModel, {
    description: 'Leden van de projectorganisaties: de zelfevaluatie op een moment invullen of verbeteren (alle vier de competenties).',
  })
  recordSelfAssessment(
    @Args('input') input: RecordSelfAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<PilotProject> {
    return this.outcomes.record(viewer, input.projectId, input.moment, input.scores, context.locale);
  }

  @MembersOnly()
  @Query(() => LearningOutcomesModel, { description: 'Leden: de leerresultaten van het netwerk op de vier sleutelcompetenties.' })
  async learningOutcomes(): Promise<LearningOutcomesModel> {
    const outcomes = await this.outcomes.network();
    return { outcomes, weakest: this.outcomes.weakest(outcomes) };
  }

  @Roles(...STAFF)
  @Mutation(() => MeetingModel, { description: 'Facilitatoren: een sleutelcompetentie als thema op de agenda van een bijeenkomst zetten.' })
  putCompetenceOnAgenda(
    @Args('competence', { type: () => Competence }) competence: Competence,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.agenda.putOnAgenda(viewer, competence, meetingId);
  }
}
