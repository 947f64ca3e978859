import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RegistrationStatus, ThemeStatus, Visibility } from '@ln/domain';

// Meetings: the list and calendar, one meeting's page, the facilitator's views.

export const MEETING_SUMMARY_FRAGMENT = gql`
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
`;

export interface MeetingSummaryData {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  visibility: Visibility;
  capacity: number | null;
  registrationCount: number;
  viewerRegistration: RegistrationStatus | null;
  cancelledAt: string | null;
}

interface MeetingFilterVars {
  upcoming?: boolean | null;
  from?: string | null;
  to?: string | null;
}

export const MEETINGS_QUERY: TypedDocumentNode<
  { meetings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: MeetingSummaryData[] } },
  { filter: MeetingFilterVars; first: number; after?: string | null }
> = gql`
  query MeetingsList($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MeetingSummary_meeting
      }
    }
  }
  ${MEETING_SUMMARY_FRAGMENT}
`;

/** What a meeting's registration panel shows; also the answer of every registration mutation and of `meetingChanged`. */
export const MEETING_LIVE_FRAGMENT = gql`
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
`;

export interface MeetingLiveData {
  id: string;
  version: number;
  capacity: number | null;
  registrationCount: number;
  waitlistCount: number;
  viewerIsRegistered: boolean;
  viewerRegistration: RegistrationStatus | null;
  /** 1 = the next to get a place; null when the viewer is not waiting. */
  viewerWaitlistPosition: number | null;
  cancelledAt: string | null;
  cancelReason: string | null;
}

export interface AgendaItemData {
  id: string;
  position: number;
  title: string;
  presenter: { id: string; name: string } | null;
}

export interface MeetingThemeData {
  id: string;
  title: string;
  status: ThemeStatus;
  supportCount: number;
}

export interface MeetingDetailsData extends MeetingLiveData {
  title: string;
  description: string | null;
  /** Sanitised by the server from the description's Markdown. */
  descriptionHtml: string | null;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  visibility: Visibility;
  minutes: string | null;
  /** Sanitised by the server from the minutes' Markdown (members only). */
  minutesHtml: string | null;
  agenda: AgendaItemData[];
  themes: MeetingThemeData[];
  invitedOrganisations: { id: string; name: string }[];
  attendingOrganisations: { id: string; name: string }[];
}

export const MEETING_DETAILS_FRAGMENT = gql`
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
  ${MEETING_LIVE_FRAGMENT}
`;

export const MEETING_QUERY: TypedDocumentNode<{ meeting: MeetingDetailsData | null }, { id: string }> = gql`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetails_meeting
    }
  }
  ${MEETING_DETAILS_FRAGMENT}
`;

export interface RegistrationData {
  id: string;
  status: RegistrationStatus;
  attended: boolean | null;
  createdAt: string;
  user: { id: string; displayName: string };
}

/** Facilitators: the registrations and waiting list, in order. */
export const MEETING_REGISTRATIONS_QUERY: TypedDocumentNode<
  { meeting: { id: string; registrations: RegistrationData[] } | null },
  { id: string }
> = gql`
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
`;

export interface OrganisationAttendanceData {
  organisation: { id: string; name: string };
  attendees: number;
  meetingsAttended: number;
  lastAttendedAt: string;
}

export const ATTENDANCE_BY_ORGANISATION_QUERY: TypedDocumentNode<
  { attendanceByOrganisation: OrganisationAttendanceData[] },
  { from?: string | null; to?: string | null }
> = gql`
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
`;

export const MEETING_CHANGED_SUBSCRIPTION: TypedDocumentNode<{ meetingChanged: MeetingLiveData }, { meetingId: string }> = gql`
  subscription MeetingChanged($meetingId: ID) {
    meetingChanged(meetingId: $meetingId) {
      ...MeetingLive_meeting
    }
  }
  ${MEETING_LIVE_FRAGMENT}
`;
