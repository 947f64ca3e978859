import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ActionError, LiveStatus } from '../../../ui/LiveStatus';
import { QueryResult } from '../../../ui/QueryState';
import { SelectField } from '../../../ui/SelectField';
import { useAction } from '../../../ui/useAction';
import { REPORT_STATUSES, type ReportStatus } from '../../projects/reportStatus';
import { SubsidyTimeline } from '../../projects/SubsidyTimeline';
import { FollowUpItem } from './FollowUpItem';
import { ReportOverviewTable } from './ReportOverviewTable';
import { REPORT_FOLLOW_UP_QUERY } from './queries';
import { useRunReportReminders } from './useRunReportReminders';
import { getFragmentData } from '../../../gql';
import { REPORT_DETAILS_FRAGMENT } from '../../projects/ReportDetails';

/** /beheer/rapporten — every project's reports, filtered by status; approve, send back, send reminders. */
export function ReportsPanel() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(REPORT_FOLLOW_UP_QUERY, { fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [announcement, setAnnouncement] = useState<string>();
  const runReminders = useRunReportReminders();
  const reminders = useAction(async () => {
    const sent = await runReminders();
    setAnnouncement(t('admin.reports.remindersSent', { count: sent }));
  });

  const rows = (data?.pilotProjects ?? [])
    .flatMap((project) => getFragmentData(REPORT_DETAILS_FRAGMENT, project.reports).map((report) => ({ project, report })))
    .filter(({ report }) => !status || report.status === status)
    .sort((a, b) => a.report.dueOn.localeCompare(b.report.dueOn) || a.project.title.localeCompare(b.project.title));

  const projects = (data?.pilotProjects ?? []).map((project) => ({
    ...project,
    reports: getFragmentData(REPORT_DETAILS_FRAGMENT, project.reports),
  }));

  return (
    <section aria-labelledby="admin-reports" className="section">
      <h2 id="admin-reports">{t('admin.reports.title')}</h2>
      {projects.length > 0 && (
        <>
          <h3>{t('admin.reports.overviewTitle')}</h3>
          <ReportOverviewTable projects={projects} />
          <h3>{t('admin.reports.timelineTitle')}</h3>
          <SubsidyTimeline id="admin-subsidy-timeline" projects={projects} />
          <h3>{t('admin.reports.listTitle')}</h3>
        </>
      )}
      <div className="toolbar">
        <SelectField
          id="report-status-filter"
          name="status"
          label={t('admin.reports.filter')}
          value={status}
          onChange={(value) => setStatus(value as ReportStatus | '')}
        >
          <option value="">{t('admin.reports.allStatuses')}</option>
          {REPORT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`projects.reportStatus.${value}`)}
            </option>
          ))}
        </SelectField>
        <Button busy={reminders.busy} onClick={() => void reminders.run()}>
          {t('admin.reports.runReminders')}
        </Button>
      </div>
      <ActionError message={reminders.error} />
      <LiveStatus message={announcement} />
      <QueryResult
        data={data && rows}
        error={error}
        onRetry={refetch}
        isEmpty={(list) => list.length === 0}
        empty={t('admin.reports.empty')}
      >
        {(list) => (
          <ul className="card-list card-list--single">
            {list.map(({ project, report }) => (
              <FollowUpItem key={report.id} projectTitle={project.title} report={report} onDone={setAnnouncement} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}
