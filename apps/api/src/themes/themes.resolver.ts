import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ThemeOrder, ThemeStatus } from '@ln/domain';
import { MembersOnly, Public, Roles } from '../common/auth/decorators';
import { STAFF } from '../common/auth/auth.guard';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { MeetingModel } from '../meetings/meeting.model';
import { MeetingVisibility } from '../meetings/meeting-visibility';
import { ThemeCommandsService } from './theme-commands.service';
import type { Theme } from './theme.entity';
import { ProposeThemeInput, ThemeConnection, ThemeFilter, ThemeModel } from './theme.model';
import { ThemesService } from './themes.service';
import type { NoArgs } from '../common/graphql/field-resolver';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';

@Resolver(() => ThemeModel)
export class ThemesResolver {
  constructor(
    private readonly themesService: ThemesService,
    private readonly commands: ThemeCommandsService,
    private readonly meetings: MeetingVisibility,
  ) {}

  @Public()
  @Query(() => ThemeConnection, { description: 'Thema’s, standaard meest gesteund eerst.' })
  themes(
    @Context() context: GraphqlContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ThemeFilter, nullable: true }) filter?: ThemeFilter | null,
    @Args('orderBy', { type: () => ThemeOrder, nullable: true }) orderBy?: ThemeOrder | null,
  ) {
    return this.themesService.list(context.viewer, filter, orderBy, page.first, page.after);
  }

  @Public()
  @Query(() => ThemeModel, { nullable: true })
  theme(@Args('id', { type: () => ID }) id: string) {
    return this.themesService.byId(id);
  }

  @MembersOnly()
  @Mutation(() => ThemeModel, { description: 'Een thema voorstellen, eventueel op een bijeenkomst.' })
  proposeTheme(@Args('input') input: ProposeThemeInput, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    return this.commands.propose(viewer, input, context.locale);
  }

  @MembersOnly()
  @Mutation(() => ThemeModel, { description: 'Een thema steunen (één keer per persoon).' })
  supportTheme(@Args('themeId', { type: () => ID }) themeId: string, @CurrentViewer() viewer: Viewer) {
    return this.commands.support(viewer, themeId);
  }

  @MembersOnly()
  @Mutation(() => ThemeModel)
  withdrawThemeSupport(@Args('themeId', { type: () => ID }) themeId: string, @CurrentViewer() viewer: Viewer) {
    return this.commands.withdraw(viewer, themeId);
  }

  @Roles(...STAFF)
  @Mutation(() => ThemeModel, { description: 'De status van een thema bepalen (facilitatoren).' })
  setThemeStatus(@Args('themeId', { type: () => ID }) themeId: string, @Args('status', { type: () => ThemeStatus }) status: ThemeStatus) {
    return this.commands.setStatus(themeId, status);
  }

  @ResolveField(() => Boolean)
  viewerSupports(theme: Theme, _args: NoArgs, context: GraphqlContext) {
    return this.themesService.viewerSupports(context, theme.id);
  }

  @ResolveField(() => MeetingModel, {
    nullable: true,
    description: 'De bijeenkomst waarop het thema verzameld werd (als je die mag zien).',
  })
  async collectedAt(theme: Theme, _args: NoArgs, context: GraphqlContext) {
    return theme.collectedAt ? this.meetings.visibleNow(context, theme.collectedAt.id) : null;
  }
}
