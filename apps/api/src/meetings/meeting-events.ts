import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';

export interface MeetingEvent {
  eventId: string;
  meetingId: string;
}

/** One channel per meeting, and one for every meeting (the meetings list). */
export const meetingChannel = (meetingId: string | null | undefined) => `meetingChanged:${meetingId ?? '*'}`;

/** Publishes after the change is committed; the payload carries ids only, subscribers load it once per event. */
@Injectable()
export class MeetingEvents {
  constructor(private readonly pubSub: PubSubEngine) {}

  async changed(meetingId: string): Promise<void> {
    const event: MeetingEvent = { eventId: randomUUID(), meetingId };
    await this.pubSub.publish(meetingChannel(meetingId), event);
    await this.pubSub.publish(meetingChannel(null), event);
  }
}
