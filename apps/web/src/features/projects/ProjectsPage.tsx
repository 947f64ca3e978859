import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { PROJECT_FACTS_FRAGMENT, ProjectFacts } from './ProjectFacts';
import { getFragmentData } from '../../gql';
import { Card } from '../../ui/Card';
import { graphql } from '../../gql';

export const PROJECTS_QUERY = graphql(`
  query PilotProjects {
    pilotProjects {
      ...ProjectFacts_project
    }
  }
`);

/** /projecten — the subsidised pilot projects. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PROJECTS_QUERY);

  return (
    <>
      <PageTitle title={t('projects.title')}>{t('projects.lead')}</PageTitle>
      <QueryResult
        data={data && getFragmentData(PROJECT_FACTS_FRAGMENT, data.pilotProjects)}
        error={error}
        onRetry={refetch}
        isEmpty={(list) => list.length === 0}
        empty={t('projects.empty')}
      >
        {(projects) => (
          <ul className="card-list">
            {projects.map((project) => (
              <Card accent key={project.id} aria-labelledby={`project-${project.id}`}>
                <h2 id={`project-${project.id}`} className="card__title">
                  <Link to={`/projecten/${project.id}`}>{project.title}</Link>
                </h2>
                <ProjectFacts project={project} />
              </Card>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
