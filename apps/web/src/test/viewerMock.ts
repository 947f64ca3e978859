import type { MockLink } from '@apollo/client/testing';
import { NetworkRole, OrganisationType } from '@ln/domain';
import { VIEWER_QUERY, type Viewer } from '../features/auth/viewer';
import { NOTIFICATION_ADDED_SUBSCRIPTION, NOTIFICATIONS_QUERY } from '../features/notifications/queries';

/** A signed-in person shaped like the API's `viewer`; a member of one organisation unless told otherwise. */
export function viewerFixture(overrides: Partial<Viewer> = {}): Viewer {
  return {
    __typename: 'User',
    id: 'u1',
    displayName: 'An Peeters',
    email: 'an@example.test',
    role: NetworkRole.MEMBER,
    memberships: [
      {
        __typename: 'Membership',
        id: 'm1',
        organisation: { __typename: 'Organisation', id: 'o1', name: 'Welzijnsregio Noord-Limburg', type: OrganisationType.WELFARE_REGION },
      },
    ],
    membershipRequests: [],
    ...overrides,
  };
}

/** The `viewer` query, answered as often as it is asked (header, guards and pages share it). */
export function viewerMock(viewer: Viewer | null): MockLink.MockedResponse {
  return { request: { query: VIEWER_QUERY }, result: { data: { viewer } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The bell's live subscription: open, but nothing arrives. */
export function notificationAddedMock(): MockLink.MockedResponse {
  return {
    request: { query: NOTIFICATION_ADDED_SUBSCRIPTION },
    result: { data: null },
    delay: Number.POSITIVE_INFINITY,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The header's notification bell, for a signed-in viewer: nothing unread. */
export function bellMock(): MockLink.MockedResponse {
  return {
    request: { query: NOTIFICATIONS_QUERY },
    result: { data: { unreadNotificationCount: 0, notifications: { __typename: 'NotificationConnection', totalCount: 0, nodes: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
