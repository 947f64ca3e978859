/** The notification kinds, grouped as a person thinks of them; kinds the API adds later land in "other". */
export const KIND_GROUPS = {
  discussions: ['MENTION', 'REPLY', 'THREAD_ACTIVITY'],
  meetings: ['MEETING_CHANGED', 'MEETING_CANCELLED', 'WAITLIST_PROMOTED'],
  membership: ['MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'MEMBERSHIP_ENDED'],
  reports: ['REPORT_DUE', 'REPORT_REVIEWED', 'REPORT_SENT_BACK'],
} as const;

export type KindGroup = keyof typeof KIND_GROUPS | 'other';

export function groupKinds(kinds: string[]): Array<{ group: KindGroup; kinds: string[] }> {
  const known = new Set<string>(Object.values(KIND_GROUPS).flat());
  const groups: Array<{ group: KindGroup; kinds: string[] }> = (Object.keys(KIND_GROUPS) as Array<keyof typeof KIND_GROUPS>).map(
    (group) => ({ group, kinds: KIND_GROUPS[group].filter((kind) => kinds.includes(kind)) }),
  );
  groups.push({ group: 'other', kinds: kinds.filter((kind) => !known.has(kind)) });
  return groups.filter((entry) => entry.kinds.length > 0);
}
