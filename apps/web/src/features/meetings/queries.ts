import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type {
  AttendanceByOrganisationQuery,
  MeetingDetails_MeetingFragment,
  MeetingLive_MeetingFragment,
  MeetingRegistrationsQuery,
  MeetingSummary_MeetingFragment,
} from '../../gql/graphql';

// Meetings: the list and calendar, one meeting's page, the facilitator's views.

export const MEETING_SUMMARY_FRAGMENT = graphql(`
  fragment MeetingSummary_meeting on Meeting {
    id
    title
    startsAt
    endsAt
    location
    onlineUrl
    visibility
    capacity
    registrationCount
    viewerRegistration
    cancelledAt
  }
`);

export type MeetingSummaryData = MeetingSummary_MeetingFragment;

export const MEETINGS_QUERY = graphql(`
  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        ...MeetingSummary_meeting
      }
    }
  }
`);

/** What a meeting's registration panel shows; also the answer of every registration mutation and of `meetingChanged`. */
export const MEETING_LIVE_FRAGMENT = graphql(`
  fragment MeetingLive_meeting on Meeting {
    id
    version
    capacity
    registrationCount
    waitlistCount
    viewerIsRegistered
    viewerRegistration
    viewerWaitlistPosition
    cancelledAt
    cancelReason
  }
`);

export type MeetingLiveData = MeetingLive_MeetingFragment;

export const MEETING_DETAILS_FRAGMENT = graphql(`
  fragment MeetingDetails_meeting on Meeting {
    ...MeetingLive_meeting
    title
    description
    descriptionHtml
    startsAt
    endsAt
    location
    onlineUrl
    visibility
    minutes
    minutesHtml
    files {
      ...FileList_file
    }
    agenda {
      id
      position
      title
      presenter {
        id
        name
      }
    }
    themes {
      id
      title
      status
      supportCount
    }
    invitedOrganisations {
      id
      name
    }
    attendingOrganisations {
      id
      name
    }
  }
`);

/** A meeting's page: its details with the live part they include (the details fragment spreads the live one). */
export type MeetingDetailsData = MeetingDetails_MeetingFragment & MeetingLive_MeetingFragment;
export type AgendaItemData = MeetingDetailsData['agenda'][number];
export type MeetingThemeData = MeetingDetailsData['themes'][number];

/** Unmasks a meeting's details, live part included (a type cast, as `getFragmentData` is). */
export function meetingDetailsOf(meeting: FragmentType<typeof MEETING_DETAILS_FRAGMENT>): MeetingDetailsData;
export function meetingDetailsOf(meeting: FragmentType<typeof MEETING_DETAILS_FRAGMENT> | null): MeetingDetailsData | null;
export function meetingDetailsOf(meeting: FragmentType<typeof MEETING_DETAILS_FRAGMENT> | null): MeetingDetailsData | null {
  return getFragmentData(MEETING_DETAILS_FRAGMENT, meeting) as MeetingDetailsData | null;
}

export const MEETING_QUERY = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetails_meeting
    }
  }
`);

export type RegistrationData = NonNullable<MeetingRegistrationsQuery['meeting']>['registrations'][number];

/** Facilitators: the registrations and waiting list, in order. */
export const MEETING_REGISTRATIONS_QUERY = graphql(`
  query MeetingRegistrations($id: ID!) {
    meeting(id: $id) {
      id
      registrations {
        id
        status
        attended
        createdAt
        user {
          id
          displayName
        }
      }
    }
  }
`);

export type OrganisationAttendanceData = AttendanceByOrganisationQuery['attendanceByOrganisation'][number];

export const ATTENDANCE_BY_ORGANISATION_QUERY = graphql(`
  query AttendanceByOrganisation($from: DateTime, $to: DateTime) {
    attendanceByOrganisation(from: $from, to: $to) {
      organisation {
        id
        name
      }
      attendees
      meetingsAttended
      lastAttendedAt
    }
  }
`);

export const MEETING_CHANGED_SUBSCRIPTION = graphql(`
  subscription MeetingChanged($meetingId: ID) {
    meetingChanged(meetingId: $meetingId) {
      ...MeetingLive_meeting
    }
  }
`);
