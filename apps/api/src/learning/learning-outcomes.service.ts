import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentMoment, Competence, INPUT_RULES, KEY_COMPETENCES, LIMITS, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { findByIdOr404 } from '../common/database/find-by-id';
import { forbidden } from '../common/errors/domain-error';
import { InputValidator } from '../common/validation';
import { PilotProject } from '../projects/pilot-project.entity';
import { ProjectReportsService } from '../projects/project-reports.service';
import { CompetenceAssessment } from './competence-assessment.entity';

export interface CompetenceScore {
  competence: Competence;
  score: number;
  note: string;
}

/** The network's average of one competence at one moment, over the projects that assessed it then. */
export interface CompetenceOutcome {
  competence: Competence;
  moment: AssessmentMoment;
  averageScore: number;
  projects: number;
}

/**
 * The learning outcomes on the four key competences: each pilot project assesses itself at the start, with the
 * interim report and with the final report; the network's figures are computed in PostgreSQL.
 */
@Injectable()
export class LearningOutcomesService {
  constructor(
    private readonly em: EntityManager,
    private readonly reports: ProjectReportsService,
  ) {}

  /** Records (or corrects) a project's self-assessment at one moment: all four competences at once. */
  async record(
    viewer: Viewer,
    projectId: string,
    moment: AssessmentMoment,
    scores: CompetenceScore[],
    locale: Locale,
  ): Promise<PilotProject> {
    const project = await findByIdOr404(this.em, PilotProject, projectId, 'projectNotFound');
    if (!(await this.reports.canSubmit(viewer, project.id))) throw forbidden('assessmentProjectMembersOnly');
    const v = new InputValidator(locale);
    const notes = v.input(INPUT_RULES.recordSelfAssessment, { scores: scores.map((s) => ({ note: s.note })) });
    scores.forEach((s, index) => {
      if (!Number.isInteger(s.score) || s.score < LIMITS.assessmentScoreMin || s.score > LIMITS.assessmentScoreMax) {
        v.fail(`scores.${index}.score`, 'outOfRange', { min: LIMITS.assessmentScoreMin, max: LIMITS.assessmentScoreMax });
      }
    });
    const given = scores.map((s) => s.competence);
    if (given.length !== KEY_COMPETENCES.length || KEY_COMPETENCES.some((c) => !given.includes(c))) {
      v.fail('scores', 'assessmentEveryCompetence');
    }
    v.done();
    const cleaned = notes?.scores ?? [];
    await this.em.transactional(async (tx) => {
      for (const [index, s] of scores.entries()) {
        await tx.execute(
          `insert into competence_assessment (id, project_id, moment, competence, score, note, assessed_by_id, assessed_at)
           values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, now())
           on conflict (project_id, moment, competence)
           do update set score = excluded.score, note = excluded.note, assessed_by_id = excluded.assessed_by_id, assessed_at = now()`,
          [project.id, moment, s.competence, s.score, cleaned[index]?.note ?? s.note, viewer.userId],
        );
      }
    });
    return project;
  }

  /** One project's self-assessments, in the order of the moments and the competences. */
  async ofProject(projectId: string): Promise<CompetenceAssessment[]> {
    const rows = await this.em.find(CompetenceAssessment, { project: projectId });
    const order = (row: CompetenceAssessment) =>
      Object.values(AssessmentMoment).indexOf(row.moment) * 10 + KEY_COMPETENCES.indexOf(row.competence);
    return rows.sort((a, b) => order(a) - order(b));
  }

  /** Per competence and moment, the network's average score: one statement. */
  async network(): Promise<CompetenceOutcome[]> {
    const rows: Array<{ competence: Competence; moment: AssessmentMoment; average: number; projects: number }> = await this.em
      .getConnection()
      .execute(
        `select competence, moment, avg(score)::float8 as average, count(distinct project_id)::int as projects
           from competence_assessment group by competence, moment`,
      );
    const order = (row: { competence: Competence; moment: AssessmentMoment }) =>
      KEY_COMPETENCES.indexOf(row.competence) * 10 + Object.values(AssessmentMoment).indexOf(row.moment);
    return rows
      .map((row) => ({
        competence: row.competence,
        moment: row.moment,
        averageScore: Math.round(row.average * 100) / 100,
        projects: row.projects,
      }))
      .sort((a, b) => order(a) - order(b));
  }

  /**
   * Where the network is weakest: the competence with the lowest average at its latest moment with data (ties: the
   * first in the network's order). Null while no project assessed itself.
   */
  weakest(outcomes: CompetenceOutcome[]): Competence | null {
    const latest = new Map<Competence, CompetenceOutcome>();
    for (const outcome of outcomes) latest.set(outcome.competence, outcome); // sorted by moment within a competence
    let weakest: CompetenceOutcome | null = null;
    for (const competence of KEY_COMPETENCES) {
      const outcome = latest.get(competence);
      if (outcome && (!weakest || outcome.averageScore < weakest.averageScore)) weakest = outcome;
    }
    return weakest?.competence ?? null;
  }
}
