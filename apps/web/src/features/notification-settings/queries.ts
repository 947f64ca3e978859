import { gql, type TypedDocumentNode } from '@apollo/client';

export type EmailFrequency = 'NONE' | 'IMMEDIATE' | 'DAILY' | 'WEEKLY';
export const EMAIL_FREQUENCIES: EmailFrequency[] = ['NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY'];

export interface NotificationPreferenceData {
  kind: string;
  email: EmailFrequency;
}

export const NOTIFICATION_PREFERENCES_QUERY: TypedDocumentNode<
  { notificationPreferences: NotificationPreferenceData[] },
  Record<string, never>
> = gql`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`;

export const SET_NOTIFICATION_PREFERENCE: TypedDocumentNode<
  { setNotificationPreference: NotificationPreferenceData[] },
  { kind: string; email: EmailFrequency }
> = gql`
  mutation SetNotificationPreference($kind: String!, $email: EmailFrequency!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`;
