import { useTranslation } from 'react-i18next';
import { ReportDetails, type ReportData } from './ReportDetails';
import { awaitsSubmission } from './reportStatus';
import { SubmitReportForm } from './SubmitReportForm';

/** The reports a project owes, by due date; with a form for each one it can still submit. */
export function ReportTimeline({
  projectId,
  reports,
  canSubmit,
  forMembers,
}: {
  projectId: string;
  reports: ReportData[];
  canSubmit: boolean;
  /** Outsiders read the schedule without a “late” on every line. */
  forMembers: boolean;
}) {
  const { t } = useTranslation();
  const ordered = [...reports].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <ol className="timeline">
      {ordered.map((report) => {
        const kindLabel = t(`projects.reportKind.${report.kind}`);
        return (
          <li key={report.id} className="timeline__item" aria-labelledby={`report-${report.id}`}>
            <h3 id={`report-${report.id}`}>{kindLabel}</h3>
            <ReportDetails report={report} showOverdue={forMembers} />
            {canSubmit && awaitsSubmission(report.status) && (
              <SubmitReportForm projectId={projectId} report={report} kindLabel={kindLabel} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
