import type { Messages } from '../nl';

export const enNotificationSettings: Pick<Messages, 'notificationSettings'> = {
  notificationSettings: {
    title: 'Notifications',
    lead: 'Every notification appears under the bell. Choose per kind whether you also get it by e-mail: at once, or bundled in a daily (7 am) or weekly (Monday 7 am) digest.',
    saved: 'Saved: {{kind}}.',
    groups: {
      discussions: 'Discussions',
      meetings: 'Meetings',
      membership: 'Membership',
      reports: 'Pilot project reports',
      other: 'Other notifications',
    },
    kinds: {
      MENTION: 'Someone mentions you',
      REPLY: 'Someone replies to your post',
      THREAD_ACTIVITY: 'New posts in discussions and themes you follow',
      MEETING_CHANGED: 'A meeting you registered for changes',
      MEETING_CANCELLED: 'A meeting you registered for is cancelled',
      WAITLIST_PROMOTED: 'You get a place from the waiting list',
      MEMBERSHIP_APPROVED: 'Your membership was approved',
      MEMBERSHIP_REJECTED: 'Your membership request was declined',
      MEMBERSHIP_ENDED: 'Your membership ended',
      REPORT_DUE: 'A report is due soon',
      REPORT_REVIEWED: 'A report was approved',
      REPORT_SENT_BACK: 'A report was sent back',
    },
    frequency: {
      NONE: 'Only under the bell',
      IMMEDIATE: 'E-mail at once',
      DAILY: 'Daily digest',
      WEEKLY: 'Weekly digest',
    },
  },
};
