import { registerEnumType } from '@nestjs/graphql';
import { brusselsDate } from '../common/time';
import type { ProjectReport } from './project-report.entity';

export enum ReportStatus {
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  SENT_BACK = 'SENT_BACK',
}
registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'Opvolging van een rapport.' });

/** Not submitted and past its due date, counted in Brussels days. */
export function isOverdue(report: ProjectReport, now: Date = new Date()): boolean {
  return !report.submittedAt && brusselsDate(now) > report.dueOn;
}

export function reportStatus(report: ProjectReport, now: Date = new Date()): ReportStatus {
  if (report.reviewedAt) return ReportStatus.REVIEWED;
  if (report.submittedAt) return ReportStatus.SUBMITTED;
  if (isOverdue(report, now)) return ReportStatus.OVERDUE;
  if (report.sentBackAt) return ReportStatus.SENT_BACK;
  return ReportStatus.DUE;
}
