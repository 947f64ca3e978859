import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/core';
import type { User } from '../people/user.entity';

export enum EmailFrequency {
  NONE = 'NONE',
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

/** Per person and notification kind: how (and whether) it also arrives by e-mail. The bell always shows it. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  [PrimaryKeyProp]?: ['user', 'kind'];

  // By name: people build on notifications (memberships notify), not the other way round.
  @ManyToOne({ entity: 'User', primary: true, deleteRule: 'cascade' })
  user!: User;

  @PrimaryKey({ type: 'string', length: 60 })
  kind!: string;

  @Enum({ items: () => EmailFrequency, nativeEnumName: 'email_frequency' })
  email!: EmailFrequency;
}

/** Defaults when a person has not chosen: activity in followed threads comes as a daily digest, the rest at once. */
export function defaultEmailFrequency(kind: string): EmailFrequency {
  return kind === 'THREAD_ACTIVITY' ? EmailFrequency.DAILY : EmailFrequency.IMMEDIATE;
}

export const NOTIFICATION_KINDS = [
  'MENTION',
  'REPLY',
  'THREAD_ACTIVITY',
  'MEMBERSHIP_APPROVED',
  'MEMBERSHIP_REJECTED',
  'MEMBERSHIP_ENDED',
  'REPORT_DUE',
  'REPORT_REVIEWED',
  'REPORT_SENT_BACK',
  'MEETING_CHANGED',
  'MEETING_CANCELLED',
  'WAITLIST_PROMOTED',
] as const;
