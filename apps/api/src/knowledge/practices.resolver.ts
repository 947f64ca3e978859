import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembersOnly, Public, Roles } from '../common/auth/decorators';
import { STAFF } from '../common/auth/auth.guard';
import { isNetworkMember } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { OrganisationModel } from '../organisations/organisation.model';
import { ThemeModel } from '../themes/theme.model';
import { Practice } from './practice.entity';
import { PracticeConnection, PracticeFilter, PracticeModel, PublishPracticeInput } from './practice.model';
import { PracticesService } from './practices.service';
import type { NoArgs } from '../common/graphql/field-resolver';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import { FileModel, fileModelOf } from '../files/file.model';
import { FilesService } from '../files/files.service';

@Resolver(() => PracticeModel)
export class PracticesResolver {
  constructor(
    private readonly service: PracticesService,
    private readonly fileStore: FilesService,
  ) {}

  @Public()
  @Query(() => PracticeConnection, { description: 'Goede praktijken: buitenstaanders zien alleen publieke, gepubliceerde.' })
  practices(
    @Context() context: GraphqlContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PracticeFilter, nullable: true }) filter?: PracticeFilter | null,
  ) {
    return this.service.list(context.viewer, filter, page.first, page.after);
  }

  @Public()
  @Query(() => PracticeModel, { nullable: true })
  practice(@Context() context: GraphqlContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(context.viewer, id);
  }

  @Public()
  @Query(() => PracticeModel, { nullable: true })
  practiceBySlug(@Context() context: GraphqlContext, @Args('slug') slug: string) {
    return this.service.bySlug(context.viewer, slug);
  }

  @MembersOnly()
  @Mutation(() => PracticeModel, { description: 'PUBLIC wacht op een facilitator (IN_REVIEW); MEMBERS is meteen gepubliceerd voor leden.' })
  publishPractice(@CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext, @Args('input') input: PublishPracticeInput) {
    return this.service.publish(viewer, context.locale, input);
  }

  @Roles(...STAFF)
  @Mutation(() => PracticeModel, { description: 'Goedgekeurd: publiek. Afgewezen: blijft voor leden, met de opmerking.' })
  reviewPractice(
    @Args('practiceId', { type: () => ID }) practiceId: string,
    @Args('approve') approve: boolean,
    @Args('remark', { type: () => String, nullable: true }) remark: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.service.review(viewer, practiceId, approve, remark, context.locale);
  }

  @MembersOnly()
  @Mutation(() => Boolean, { description: 'De auteur of een facilitator verwijdert een praktijk, met haar bestanden.' })
  deletePractice(@Args('practiceId', { type: () => ID }) practiceId: string, @CurrentViewer() viewer: Viewer) {
    return this.service.remove(viewer, practiceId);
  }

  @ResolveField(() => [FileModel], { description: 'Documenten en afbeeldingen: wie de praktijk ziet, ziet ze.' })
  async files(practice: Practice, _args: NoArgs, context: GraphqlContext): Promise<FileModel[]> {
    return (await this.fileStore.filesOf(context, 'practice', practice.id)).map(fileModelOf);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(practice: Practice, _args: NoArgs, context: GraphqlContext) {
    return this.service.organisationOf(context, practice);
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  theme(practice: Practice, _args: NoArgs, context: GraphqlContext) {
    return this.service.themeOf(context, practice);
  }

  @ResolveField(() => ID, { nullable: true, description: 'Het bericht waaruit deze praktijk voortkomt (alleen voor leden).' })
  sourcePostId(practice: Practice, _args: NoArgs, context: GraphqlContext): string | null {
    return isNetworkMember(context.viewer) ? (practice.sourcePost?.id ?? null) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'De discussie van dat bericht (alleen voor leden; null als het bericht weg is).' })
  sourceThreadId(practice: Practice, _args: NoArgs, context: GraphqlContext): Promise<string | null> | null {
    return isNetworkMember(context.viewer) ? this.service.sourceThreadIdOf(context, practice) : null;
  }
}
