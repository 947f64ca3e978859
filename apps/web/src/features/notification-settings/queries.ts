import { graphql } from '../../gql';
import type { EmailFrequency, NotificationPreferencesQuery } from '../../gql/graphql';

export type { EmailFrequency };
export const EMAIL_FREQUENCIES: EmailFrequency[] = ['NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY'];

export type NotificationPreferenceData = NotificationPreferencesQuery['notificationPreferences'][number];

export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: String!, $email: EmailFrequency!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);
