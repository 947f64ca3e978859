import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { ExternalLink } from '../../ui/ExternalLink';
import { ReportStatusBadge } from './ReportStatusBadge';
import { FileList } from '../files/FileList';
import { graphql } from '../../gql';
import type { ReportDetails_ReportFragment } from '../../gql/graphql';

export const REPORT_DETAILS_FRAGMENT = graphql(`
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
    files {
      ...FileList_file
    }
  }
`);

export type ReportData = ReportDetails_ReportFragment;

/** A report's due date, status, what was submitted and the facilitators' remark. */
export function ReportDetails({ report, showOverdue = true }: { report: ReportData; showOverdue?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="report__meta">
        {(showOverdue || report.status !== 'OVERDUE') && (
          <>
            <ReportStatusBadge status={report.status} />{' '}
          </>
        )}
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
      <FileList files={report.files} label={t('files.documents')} />
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
