import { AssessmentMoment, Competence } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { byCompetence, chartRows } from './competenceFigures';

const point = (competence: Competence, moment: AssessmentMoment, score: number) => ({ competence, moment, score });

describe('competence figures', () => {
  it('chart rows: one per moment with data, in the moments’ order, null where a competence was not assessed', () => {
    const points = [point(Competence.COMMUNICATION, AssessmentMoment.FINAL, 4), point(Competence.RESISTANCE, AssessmentMoment.START, 2)];
    expect(chartRows(points)).toEqual([
      { moment: 'START', RESISTANCE: 2, SUPPORT_AND_URGENCY: null, STRATEGIC_THINKING: null, COMMUNICATION: null },
      { moment: 'FINAL', RESISTANCE: null, SUPPORT_AND_URGENCY: null, STRATEGIC_THINKING: null, COMMUNICATION: 4 },
    ]);
  });

  it('per competence: the four key competences (never OTHER), each with a score per moment shown', () => {
    const rows = byCompetence([point(Competence.STRATEGIC_THINKING, AssessmentMoment.INTERIM, 3.5)]);
    expect(rows.map((row) => row.competence)).toEqual(['RESISTANCE', 'SUPPORT_AND_URGENCY', 'STRATEGIC_THINKING', 'COMMUNICATION']);
    expect(rows[2]).toEqual({ competence: 'STRATEGIC_THINKING', scores: [{ moment: 'INTERIM', score: 3.5 }] });
    expect(rows[0]).toEqual({ competence: 'RESISTANCE', scores: [{ moment: 'INTERIM', score: null }] });
    expect(byCompetence([])[0]).toEqual({ competence: 'RESISTANCE', scores: [] });
  });
});
