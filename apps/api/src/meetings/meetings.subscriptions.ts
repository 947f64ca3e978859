import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '../common/auth/decorators';
import { notFound } from '../common/errors/domain-error';
import { EventScopes } from '../common/graphql/event-scope';
import { LiveTopic } from '../common/graphql/live/live-topic';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { meetingChannel, type MeetingEvent } from './meeting-events';
import { MeetingModel } from './meeting.model';
import { MeetingVisibility } from './meeting-visibility';

interface MeetingChangedArgs {
  meetingId?: string | null;
}

/**
 * Live meeting changes (planning, edits, cancellation, registrations, minutes). Each event is loaded once per
 * event scope; whether the subscriber may still see the meeting is checked per event.
 */
@Resolver(() => MeetingModel)
export class MeetingSubscriptions {
  constructor(
    private readonly visibility: MeetingVisibility,
    private readonly scopes: EventScopes,
  ) {}

  @Public()
  @Subscription(() => MeetingModel, {
    description: 'Wijzigingen aan een bijeenkomst (of aan alle zichtbare bijeenkomsten zonder meetingId).',
    resolve(this: MeetingSubscriptions, payload: MeetingEvent, _args: MeetingChangedArgs, context: GraphqlContext) {
      return this.visibility.visibleNow(this.scopes.join(context, payload.eventId), payload.meetingId);
    },
  })
  async meetingChanged(
    @Args('meetingId', { type: () => ID, nullable: true }) meetingId: string | null,
    @Context() context: GraphqlContext,
  ) {
    if (meetingId && !(await this.visibility.visibleTo(context.viewer, meetingId))) throw notFound('meetingNotFound');
    return new LiveTopic(meetingChannel(meetingId), this.stillVisible);
  }

  private readonly stillVisible = (payload: MeetingEvent, context: GraphqlContext): Promise<boolean> =>
    this.visibility.visibleNow(this.scopes.join(context, payload.eventId), payload.meetingId).then((meeting) => meeting !== null);
}
