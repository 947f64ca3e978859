import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dateFormat';
import { useLocale } from '../../../lib/useLocale';
import type { ReportData } from '../../projects/ReportDetails';
import { ReportStatusBadge } from '../../projects/ReportStatusBadge';
import { REPORT_KINDS, reportOverview, type StatusCounts } from '../../projects/reportOverview';
import { REPORT_STATUSES } from '../../projects/reportStatus';
import { TableScroll } from '../../../ui/TableScroll';

/** The pilot projects × their reports in one table, with totals per kind and overall; each project links to its page. */
export function ReportOverviewTable({
  projects,
}: {
  projects: ReadonlyArray<{ id: string; title: string; reports: readonly ReportData[] }>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const overview = reportOverview(projects);
  const counts = (tally: StatusCounts) =>
    REPORT_STATUSES.filter((status) => tally[status] > 0)
      .map((status) => `${tally[status]} ${t(`projects.reportStatus.${status}`).toLowerCase()}`)
      .join(' · ') || '–';

  return (
    <TableScroll label={t('admin.reports.overviewTitle')}>
      <table className="table report-overview">
        <caption>
          {t('admin.reports.overviewCaption', {
            projects: overview.rows.length,
            reports: overview.reports,
            totals: counts(overview.overall),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.reports.project')}</th>
            {REPORT_KINDS.map((kind) => (
              <th key={kind} scope="col">
                {t(`projects.reportKind.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row) => (
            <tr key={row.project.id}>
              <th scope="row">
                <Link to={`/projecten/${row.project.id}`}>{row.project.title}</Link>
              </th>
              {REPORT_KINDS.map((kind) => {
                const report = row.byKind[kind];
                return (
                  <td key={kind}>
                    {report ? (
                      <>
                        <ReportStatusBadge status={report.status} /> <time dateTime={report.dueOn}>{formatDate(report.dueOn, locale)}</time>
                        {report.files.length > 0 && (
                          <span className="report-overview__documents">
                            {' '}
                            · {t('admin.reports.documents', { count: report.files.length })}
                          </span>
                        )}
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('admin.reports.totals')}</th>
            {REPORT_KINDS.map((kind) => (
              <td key={kind}>{counts(overview.perKind[kind])}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('admin.reports.roundDocuments')}</th>
            {REPORT_KINDS.map((kind) => (
              <td key={kind}>
                {projects.some((project) =>
                  project.reports.some((report) => report.kind === kind && report.submittedAt && report.files.length > 0),
                ) ? (
                  <a href={`/reports/${kind}/documents.zip`} download>
                    {t('admin.reports.downloadRound', { kind: t(`projects.reportKind.${kind}`).toLowerCase() })}
                  </a>
                ) : (
                  '–'
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
