import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompetenceFigure } from './CompetenceFigure';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { getFragmentData } from '../../gql';
import { PROJECT_LEARNING_FRAGMENT, PROJECT_LEARNING_QUERY } from './queries';

/** On a project page (members): the project's self-assessments as a chart over time, and the form for its members. */
export function ProjectLearning({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PROJECT_LEARNING_QUERY, { variables: { id: projectId } });
  const project = getFragmentData(PROJECT_LEARNING_FRAGMENT, data?.pilotProject);
  if (!project) return null;
  return (
    <section aria-labelledby="project-learning" className="section">
      <h2 id="project-learning">{t('learning.project.title')}</h2>
      <CompetenceFigure id="project-learning-figure" points={project.selfAssessments} caption={t('learning.projectSummary')} />
      <p>
        <Link to="/leerresultaten">{t('learning.project.open')}</Link>
      </p>
      {project.viewerCanSubmit && <SelfAssessmentForm projectId={project.id} />}
    </section>
  );
}
