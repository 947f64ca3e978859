import { gql } from '@apollo/client';
import type { ReportKind } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../app/i18n/dateFormat';
import { useLocale } from '../../app/i18n/useLocale';
import { ExternalLink } from '../../ui/ExternalLink';
import { ReportStatusBadge } from './ReportStatusBadge';
import type { ReportStatus } from './reportStatus';

export const REPORT_DETAILS_FRAGMENT = gql`
  fragment ReportDetails_report on ProjectReport {
    id
    kind
    dueOn
    status
    overdue
    submittedAt
    summary
    link
    reviewedAt
    reviewRemark
  }
`;

export interface ReportData {
  id: string;
  kind: ReportKind;
  /** YYYY-MM-DD, a Brussels date */
  dueOn: string;
  status: ReportStatus;
  overdue: boolean;
  submittedAt: string | null;
  summary: string | null;
  link: string | null;
  reviewedAt: string | null;
  reviewRemark: string | null;
}

/** A report's due date, status, what was submitted and the facilitators' remark. */
export function ReportDetails({ report }: { report: ReportData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="report__meta">
        <ReportStatusBadge status={report.status} />{' '}
        <span>
          {t('projects.report.due')} <time dateTime={report.dueOn}>{formatDate(report.dueOn, locale)}</time>
        </span>
      </p>
      {report.submittedAt && (
        <p>
          {t('projects.report.submittedAt')} <time dateTime={report.submittedAt}>{formatDateTime(report.submittedAt, locale)}</time>
        </p>
      )}
      {report.summary && <p className="prose prose--plain">{report.summary}</p>}
      {report.link && (
        <p>
          <ExternalLink href={report.link}>{t('projects.report.openLink')}</ExternalLink>
        </p>
      )}
      {report.reviewRemark && (
        <div className="report__remark">
          <p className="report__remark-title">{t('projects.report.remark')}</p>
          <p className="prose prose--plain">{report.reviewRemark}</p>
        </div>
      )}
    </>
  );
}
