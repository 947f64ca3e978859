import { ASSESSMENT_MOMENTS, KEY_COMPETENCES, type AssessmentMoment, type Competence } from '@ln/domain';

/** One score of one competence at one moment (a project's own, or the network's average). */
export interface CompetencePoint {
  competence: Competence;
  moment: AssessmentMoment;
  score: number;
}

/** The chart's rows: one per moment that has data, with a score per competence (null: not assessed then). */
export function chartRows(
  points: readonly CompetencePoint[],
): Array<{ moment: AssessmentMoment } & Partial<Record<Competence, number | null>>> {
  return ASSESSMENT_MOMENTS.filter((moment) => points.some((point) => point.moment === moment)).map((moment) => ({
    moment,
    ...Object.fromEntries(
      KEY_COMPETENCES.map((competence) => [
        competence,
        points.find((p) => p.moment === moment && p.competence === competence)?.score ?? null,
      ]),
    ),
  }));
}

/** Per competence, its scores in the order of the moments: for the text summary and the table. */
export function byCompetence(
  points: readonly CompetencePoint[],
): Array<{ competence: Competence; scores: Array<{ moment: AssessmentMoment; score: number | null }> }> {
  const moments = ASSESSMENT_MOMENTS.filter((moment) => points.some((point) => point.moment === moment));
  return KEY_COMPETENCES.map((competence) => ({
    competence,
    scores: moments.map((moment) => ({
      moment,
      score: points.find((p) => p.moment === moment && p.competence === competence)?.score ?? null,
    })),
  }));
}
