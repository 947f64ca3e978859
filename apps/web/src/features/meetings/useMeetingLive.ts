import { useSubscription } from '@apollo/client/react';
import { useOnReconnect } from '../../lib/liveConnection';
import { MEETING_CHANGED_SUBSCRIPTION } from './queries';

/**
 * Keeps a meeting's counts and the viewer's registration live: each `meetingChanged`
 * answer is normalised by id into the cache. After a lost connection the page refetches
 * (events sent meanwhile are not replayed).
 */
export function useMeetingLive(meetingId: string, refetch: () => unknown) {
  useSubscription(MEETING_CHANGED_SUBSCRIPTION, { variables: { meetingId }, ignoreResults: true });
  useOnReconnect(() => void refetch());
}
