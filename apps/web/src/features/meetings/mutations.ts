import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MeetingInput } from './meetingFormValues';
import { MEETING_DETAILS_FRAGMENT, MEETING_LIVE_FRAGMENT, type MeetingDetailsData, type MeetingLiveData, type RegistrationData } from './queries';

// One hook per mutation; each answers with the meeting, so the normalised cache updates the pages.

export const PLAN_MEETING_MUTATION: TypedDocumentNode<{ planMeeting: MeetingDetailsData }, { input: MeetingInput }> = gql`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      ...MeetingDetails_meeting
    }
  }
  ${MEETING_DETAILS_FRAGMENT}
`;

export const UPDATE_MEETING_MUTATION: TypedDocumentNode<
  { updateMeeting: MeetingDetailsData },
  { id: string; input: MeetingInput; expectedVersion: number }
> = gql`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!, $expectedVersion: Int!) {
    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MeetingDetails_meeting
    }
  }
  ${MEETING_DETAILS_FRAGMENT}
`;

export const CANCEL_MEETING_MUTATION: TypedDocumentNode<{ cancelMeeting: MeetingLiveData }, { id: string; reason: string }> = gql`
  mutation CancelMeeting($id: ID!, $reason: String!) {
    cancelMeeting(id: $id, reason: $reason) {
      ...MeetingLive_meeting
    }
  }
  ${MEETING_LIVE_FRAGMENT}
`;

export const REGISTER_FOR_MEETING_MUTATION: TypedDocumentNode<{ registerForMeeting: MeetingLiveData }, { meetingId: string }> = gql`
  mutation RegisterForMeeting($meetingId: ID!) {
    registerForMeeting(meetingId: $meetingId) {
      ...MeetingLive_meeting
    }
  }
  ${MEETING_LIVE_FRAGMENT}
`;

export const CANCEL_REGISTRATION_MUTATION: TypedDocumentNode<{ cancelRegistration: MeetingLiveData }, { meetingId: string }> = gql`
  mutation CancelRegistration($meetingId: ID!) {
    cancelRegistration(meetingId: $meetingId) {
      ...MeetingLive_meeting
    }
  }
  ${MEETING_LIVE_FRAGMENT}
`;

export const RECORD_MINUTES_MUTATION: TypedDocumentNode<
  { recordMinutes: { id: string; version: number; minutes: string | null; minutesHtml: string | null } },
  { meetingId: string; minutes: string; expectedVersion: number }
> = gql`
  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $expectedVersion: Int!) {
    recordMinutes(meetingId: $meetingId, minutes: $minutes, expectedVersion: $expectedVersion) {
      id
      version
      minutes
      minutesHtml
    }
  }
`;

export const RECORD_ATTENDANCE_MUTATION: TypedDocumentNode<
  { recordAttendance: Pick<RegistrationData, 'id' | 'attended'> },
  { meetingId: string; userId: string; attended: boolean }
> = gql`
  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $attended: Boolean!) {
    recordAttendance(meetingId: $meetingId, userId: $userId, attended: $attended) {
      id
      attended
    }
  }
`;

export const CARRY_FORWARD_THEMES_MUTATION: TypedDocumentNode<
  { carryForwardThemes: MeetingDetailsData },
  { fromMeetingId: string; toMeetingId: string }
> = gql`
  mutation CarryForwardThemes($fromMeetingId: ID!, $toMeetingId: ID!) {
    carryForwardThemes(fromMeetingId: $fromMeetingId, toMeetingId: $toMeetingId) {
      ...MeetingDetails_meeting
    }
  }
  ${MEETING_DETAILS_FRAGMENT}
`;

export const CALENDAR_FEED_URL_MUTATION: TypedDocumentNode<{ calendarFeedUrl: string }, Record<string, never>> = gql`
  mutation CalendarFeedUrl {
    calendarFeedUrl
  }
`;

export const REVOKE_CALENDAR_FEED_MUTATION: TypedDocumentNode<{ revokeCalendarFeed: boolean }, Record<string, never>> = gql`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`;

export function usePlanMeeting() {
  const [mutate] = useMutation(PLAN_MEETING_MUTATION, { refetchQueries: ['MeetingsList'] });
  return async (input: MeetingInput) => (await mutate({ variables: { input } })).data!.planMeeting;
}

export function useUpdateMeeting() {
  const [mutate] = useMutation(UPDATE_MEETING_MUTATION, { refetchQueries: ['MeetingsList'] });
  return async (id: string, input: MeetingInput, expectedVersion: number) =>
    (await mutate({ variables: { id, input, expectedVersion } })).data!.updateMeeting;
}

/** Register or cancel; the answer updates the meeting's counts and the viewer's state in the cache. */
export function useRegistration(meetingId: string) {
  const [register] = useMutation(REGISTER_FOR_MEETING_MUTATION, { variables: { meetingId }, refetchQueries: ['MeetingRegistrations'] });
  const [cancel] = useMutation(CANCEL_REGISTRATION_MUTATION, { variables: { meetingId }, refetchQueries: ['MeetingRegistrations'] });
  return { register: () => register(), cancel: () => cancel() };
}
