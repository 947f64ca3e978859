import { useMutation } from '@apollo/client/react';
import type { MeetingInput } from './meetingFormValues';
import { getFragmentData, graphql } from '../../gql';
import { MEETING_LIVE_FRAGMENT, meetingDetailsOf } from './queries';

// One hook per mutation; each answers with the meeting, so the normalised cache updates the pages.

export const PLAN_MEETING_MUTATION = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      ...MeetingDetails_meeting
    }
  }
`);

export const UPDATE_MEETING_MUTATION = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!, $expectedVersion: Int!) {
    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MeetingDetails_meeting
    }
  }
`);

export const CANCEL_MEETING_MUTATION = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String!) {
    cancelMeeting(id: $id, reason: $reason) {
      ...MeetingLive_meeting
    }
  }
`);

export const REGISTER_FOR_MEETING_MUTATION = graphql(`
  mutation RegisterForMeeting($meetingId: ID!) {
    registerForMeeting(meetingId: $meetingId) {
      ...MeetingLive_meeting
    }
  }
`);

export const CANCEL_REGISTRATION_MUTATION = graphql(`
  mutation CancelRegistration($meetingId: ID!) {
    cancelRegistration(meetingId: $meetingId) {
      ...MeetingLive_meeting
    }
  }
`);

export const RECORD_MINUTES_MUTATION = graphql(`
  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $expectedVersion: Int!, $files: [AttachFileInput!]) {
    recordMinutes(meetingId: $meetingId, minutes: $minutes, expectedVersion: $expectedVersion, files: $files) {
      id
      version
      minutes
      minutesHtml
      files {
        ...FileList_file
      }
    }
  }
`);

export const RECORD_ATTENDANCE_MUTATION = graphql(`
  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $attended: Boolean!) {
    recordAttendance(meetingId: $meetingId, userId: $userId, attended: $attended) {
      id
      attended
    }
  }
`);

export const CARRY_FORWARD_THEMES_MUTATION = graphql(`
  mutation CarryForwardThemes($fromMeetingId: ID!, $toMeetingId: ID!) {
    carryForwardThemes(fromMeetingId: $fromMeetingId, toMeetingId: $toMeetingId) {
      ...MeetingDetails_meeting
    }
  }
`);

export const CALENDAR_FEED_URL_MUTATION = graphql(`
  mutation CalendarFeedUrl {
    calendarFeedUrl
  }
`);

export const REVOKE_CALENDAR_FEED_MUTATION = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

export function usePlanMeeting() {
  const [mutate] = useMutation(PLAN_MEETING_MUTATION, { refetchQueries: ['MeetingsList'] });
  return async (input: MeetingInput) => meetingDetailsOf((await mutate({ variables: { input } })).data!.planMeeting);
}

export function useUpdateMeeting() {
  const [mutate] = useMutation(UPDATE_MEETING_MUTATION, { refetchQueries: ['MeetingsList'] });
  return async (id: string, input: MeetingInput, expectedVersion: number) =>
    meetingDetailsOf((await mutate({ variables: { id, input, expectedVersion } })).data!.updateMeeting);
}

/** Register or cancel; the answer updates the meeting's counts and the viewer's state in the cache. */
export function useRegistration(meetingId: string) {
  const [register] = useMutation(REGISTER_FOR_MEETING_MUTATION, { variables: { meetingId }, refetchQueries: ['MeetingRegistrations'] });
  const [cancel] = useMutation(CANCEL_REGISTRATION_MUTATION, { variables: { meetingId }, refetchQueries: ['MeetingRegistrations'] });
  // The answer's live part, unmasked (the viewer's new state).
  const answer = async (run: typeof register | typeof cancel) => {
    const { data } = await run();
    const meeting = data && ('registerForMeeting' in data ? data.registerForMeeting : data.cancelRegistration);
    return getFragmentData(MEETING_LIVE_FRAGMENT, meeting);
  };
  return { register: () => answer(register), cancel: () => answer(cancel) };
}
