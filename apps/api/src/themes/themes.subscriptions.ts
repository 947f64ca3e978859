import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '../common/auth/decorators';
import { notFound } from '../common/errors/domain-error';
import { EventScopes } from '../common/graphql/event-scope';
import { LiveTopic } from '../common/graphql/live/live-topic';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { MeetingVisibility } from '../meetings/meeting-visibility';
import { themeChannel, type ThemeEvent } from './theme-events';
import { ThemeModel } from './theme.model';
import { ThemesService } from './themes.service';

/**
 * The live theme board: proposals, support counts and status changes, per meeting or for all themes. Themes are
 * public; when the board is a members-only meeting's, access to that meeting is re-checked for every event.
 */
@Resolver(() => ThemeModel)
export class ThemeSubscriptions {
  constructor(
    private readonly themes: ThemesService,
    private readonly meetings: MeetingVisibility,
    private readonly scopes: EventScopes,
  ) {}

  @Public()
  @Subscription(() => ThemeModel, {
    description: 'Voorstellen, steun en statuswijzigingen van thema’s (van één bijeenkomst, of alle).',
    resolve(this: ThemeSubscriptions, payload: ThemeEvent, _args: unknown, context: GraphqlContext) {
      return this.themes.byIdBatched(this.scopes.join(context, payload.eventId), payload.themeId);
    },
  })
  async themeChanged(@Args('meetingId', { type: () => ID, nullable: true }) meetingId: string | null, @Context() context: GraphqlContext) {
    if (meetingId && !(await this.meetings.visibleTo(context.viewer, meetingId))) throw notFound('meetingNotFound');
    if (!meetingId) return new LiveTopic(themeChannel(null));
    // A members-only meeting's board: access to that meeting is re-checked for every event.
    return new LiveTopic(themeChannel(meetingId), async (payload: ThemeEvent, subscriber: GraphqlContext) => {
      return (await this.meetings.visibleNow(this.scopes.join(subscriber, payload.eventId), meetingId)) !== null;
    });
  }
}
