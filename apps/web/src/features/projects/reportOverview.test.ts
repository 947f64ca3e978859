import { ReportKind } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { reportOverview } from './reportOverview';

const report = (id: string, kind: ReportKind, status: 'DUE' | 'OVERDUE' | 'SUBMITTED' | 'REVIEWED' | 'SENT_BACK') => ({
  id,
  kind,
  dueOn: '2017-06-30',
  status,
  submittedAt: null,
});

describe('the facilitators’ report overview', () => {
  it('puts each project’s reports in their kind’s column, projects by title, and counts per kind and overall', () => {
    const overview = reportOverview([
      {
        id: 'b',
        title: 'Project B',
        reports: [report('b1', ReportKind.INTERIM_PROGRESS, 'OVERDUE'), report('b2', ReportKind.FINANCIAL, 'REVIEWED')],
      },
      { id: 'a', title: 'Project A', reports: [report('a1', ReportKind.INTERIM_PROGRESS, 'SUBMITTED')] },
    ]);
    expect(overview.rows.map((row) => [row.project.title, Object.keys(row.byKind)])).toEqual([
      ['Project A', ['INTERIM_PROGRESS']],
      ['Project B', ['INTERIM_PROGRESS', 'FINANCIAL']],
    ]);
    expect(overview.perKind.INTERIM_PROGRESS).toEqual({ DUE: 0, OVERDUE: 1, SUBMITTED: 1, REVIEWED: 0, SENT_BACK: 0 });
    expect(overview.perKind.FINAL_CONTENT).toEqual({ DUE: 0, OVERDUE: 0, SUBMITTED: 0, REVIEWED: 0, SENT_BACK: 0 });
    expect(overview.overall).toEqual({ DUE: 0, OVERDUE: 1, SUBMITTED: 1, REVIEWED: 1, SENT_BACK: 0 });
    expect(overview.reports).toBe(3);
  });

  it('is empty without projects', () => {
    expect(reportOverview([])).toMatchObject({ rows: [], reports: 0, overall: { OVERDUE: 0 } });
  });
});
