import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';

export interface ThemeEvent {
  eventId: string;
  themeId: string;
  meetingId: string | null;
}

/** One channel per meeting (the live theme board) and one for all themes. */
export const themeChannel = (meetingId: string | null | undefined) => `themeChanged:${meetingId ?? '*'}`;

/** Published after the commit: proposals, support counts and status changes. */
@Injectable()
export class ThemeEvents {
  constructor(private readonly pubSub: PubSubEngine) {}

  async changed(themeId: string, meetingId: string | null): Promise<void> {
    const event: ThemeEvent = { eventId: randomUUID(), themeId, meetingId };
    if (meetingId) await this.pubSub.publish(themeChannel(meetingId), event);
    await this.pubSub.publish(themeChannel(null), event);
  }
}
