import { ReportKind } from '@ln/domain';
import { REPORT_STATUSES, type ReportStatus } from './reportStatus';

export const REPORT_KINDS: readonly ReportKind[] = [ReportKind.INTERIM_PROGRESS, ReportKind.FINAL_CONTENT, ReportKind.FINANCIAL];

interface ReportLike {
  id: string;
  kind: ReportKind;
  dueOn: string;
  status: ReportStatus;
  submittedAt?: string | null;
}

export interface ProjectRow<R extends ReportLike> {
  project: { id: string; title: string };
  byKind: Partial<Record<ReportKind, R>>;
}

export type StatusCounts = Record<ReportStatus, number>;

const zero = (): StatusCounts => Object.fromEntries(REPORT_STATUSES.map((status) => [status, 0])) as StatusCounts;

/**
 * The facilitators' overview: the pilot projects × their reports (one per kind), with totals per kind and overall
 * (how many are due, overdue, submitted, approved, sent back).
 */
export function reportOverview<R extends ReportLike>(projects: ReadonlyArray<{ id: string; title: string; reports: readonly R[] }>) {
  const rows: Array<ProjectRow<R>> = [...projects]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((project) => ({
      project: { id: project.id, title: project.title },
      byKind: Object.fromEntries(project.reports.map((report) => [report.kind, report])),
    }));
  const perKind = Object.fromEntries(REPORT_KINDS.map((kind) => [kind, zero()])) as Record<ReportKind, StatusCounts>;
  const overall = zero();
  for (const project of projects) {
    for (const report of project.reports) {
      perKind[report.kind][report.status] += 1;
      overall[report.status] += 1;
    }
  }
  return { rows, perKind, overall, reports: projects.reduce((sum, project) => sum + project.reports.length, 0) };
}
