import type { BadgeTone } from '../../ui/Badge';

/** Where a report stands (the API's ProjectReport.status). */
export const REPORT_STATUSES = ['DUE', 'OVERDUE', 'SUBMITTED', 'REVIEWED', 'SENT_BACK'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_TONE: Record<ReportStatus, BadgeTone> = {
  DUE: 'neutral',
  OVERDUE: 'danger',
  SUBMITTED: 'warning',
  REVIEWED: 'success',
  SENT_BACK: 'warning',
};

/** A project can still submit (or resubmit) a report that is due, overdue or sent back. */
export function awaitsSubmission(status: ReportStatus): boolean {
  return status === 'DUE' || status === 'OVERDUE' || status === 'SENT_BACK';
}
