import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Skeleton } from '../../ui/Skeleton';

export interface TimelineProject {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  reports: ReadonlyArray<{ dueOn: string; submittedAt?: string | null }>;
}

// The charting library is loaded only where a chart is shown.
const SubsidyTimelineChart = lazy(() => import('./SubsidyTimelineChart').then((module) => ({ default: module.SubsidyTimelineChart })));

/**
 * The subsidy period with each project's report due dates and submissions drawn on it; the summary says the same in
 * words, and the page's table or list of reports gives every date.
 */
export function SubsidyTimeline({ id, projects }: { id: string; projects: readonly TimelineProject[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (projects.length === 0) return null;
  const starts = projects.map((project) => project.startsOn).sort();
  const ends = projects.map((project) => project.endsOn).sort();
  const reports = projects.flatMap((project) => project.reports);
  const summary = t('projects.timeline.summary', {
    start: formatDate(starts[0]!, locale),
    end: formatDate(ends[ends.length - 1]!, locale),
    due: reports.length,
    submitted: reports.filter((report) => report.submittedAt).length,
  });
  return (
    <figure className="subsidy-timeline" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{summary}</figcaption>
      <div role="img" aria-label={summary}>
        <Suspense fallback={<Skeleton lines={4} />}>
          <SubsidyTimelineChart projects={projects} />
        </Suspense>
      </div>
    </figure>
  );
}
