import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { TimelineProject } from './SubsidyTimeline';

const time = (date: string) => Date.parse(date.length === 10 ? `${date}T12:00:00Z` : date);

/** Due dates (diamonds) and submissions (circles) per project over the subsidy period (recharts). */
export function SubsidyTimelineChart({ projects }: { projects: readonly TimelineProject[] }) {
  const { t, i18n } = useTranslation();
  const year = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', {
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  });
  const due = projects.flatMap((project, index) => project.reports.map((report) => ({ x: time(report.dueOn), y: index })));
  const submitted = projects.flatMap((project, index) =>
    project.reports.filter((report) => report.submittedAt).map((report) => ({ x: time(report.submittedAt!), y: index })),
  );
  // The period, widened to the reports due after it (the final reports) and any late submission.
  const moments = [
    ...projects.flatMap((project) => [time(project.startsOn), time(project.endsOn)]),
    ...due.map((p) => p.x),
    ...submitted.map((p) => p.x),
  ];
  const start = Math.min(...moments);
  const end = Math.max(...moments);
  const height = Math.max(140, projects.length * 36 + 80);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" domain={[start, end]} tickFormatter={(value: number) => year.format(value)} tickCount={7} />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, projects.length - 0.5]}
          ticks={projects.map((_, index) => index)}
          tickFormatter={(index: number) => projects[index]?.title ?? ''}
          width={180}
          reversed
        />
        <Legend />
        <Scatter name={t('projects.timeline.due')} data={due} fill="#b45309" shape="diamond" isAnimationActive={false} />
        <Scatter name={t('projects.timeline.submitted')} data={submitted} fill="#047857" shape="circle" isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
