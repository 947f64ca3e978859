import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { PageTitle } from '../../ui/PageTitle';
import { isMember, useViewer } from '../auth/viewer';
import { ThreadList } from '../discussions/ThreadList';
import { ProjectLearning } from '../learning/ProjectLearning';
import { EmptyState, LoadError, Loading } from '../../ui/QueryState';
import { getFragmentData } from '../../gql';
import { withFragment } from '../../lib/withFragment';
import { PROJECT_FACTS_FRAGMENT, ProjectFacts } from './ProjectFacts';
import { REPORT_DETAILS_FRAGMENT } from './ReportDetails';
import { ReportTimeline } from './ReportTimeline';
import { SubsidyTimeline } from './SubsidyTimeline';
import { graphql } from '../../gql';

export const PROJECT_QUERY = graphql(`
  query PilotProjectPage($id: ID!) {
    pilotProject(id: $id) {
      ...ProjectFacts_project
      description
      organisations {
        id
        name
      }
      viewerCanSubmit
      reports {
        ...ReportDetails_report
      }
    }
  }
`);

/** /projecten/:id — a pilot project with its report timeline (times in Brussels). */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PROJECT_QUERY, { variables: { id } });
  const { viewer } = useViewer();

  if (!data) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  if (!data.pilotProject) return <NotFoundOrSignIn />;
  const project = withFragment(PROJECT_FACTS_FRAGMENT, data.pilotProject);
  const reports = getFragmentData(REPORT_DETAILS_FRAGMENT, project.reports);

  return (
    <>
      <PageTitle title={project.title} />
      <ProjectFacts project={project} />
      {project.description && <p className="prose prose--plain">{project.description}</p>}
      {project.organisations.length > 0 && (
        <section aria-labelledby="project-organisations" className="section">
          <h2 id="project-organisations">{t('projects.organisations')}</h2>
          <ul>
            {project.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="project-reports" className="section">
        <h2 id="project-reports">{t('projects.reports')}</h2>
        <p className="muted">{t('projects.reportsTimeZone')}</p>
        {project.reports.length === 0 ? (
          <EmptyState>{t('projects.noReports')}</EmptyState>
        ) : (
          <>
            <SubsidyTimeline id="project-subsidy-timeline" projects={[{ ...project, reports }]} />
            <ReportTimeline projectId={project.id} reports={reports} canSubmit={project.viewerCanSubmit} forMembers={isMember(viewer)} />
          </>
        )}
      </section>
      {isMember(viewer) && <ProjectLearning projectId={project.id} />}
      {isMember(viewer) && (
        <section aria-labelledby="project-discussions" className="section">
          <h2 id="project-discussions">{t('discussions.title')}</h2>
          <ThreadList filter={{ pilotProjectId: project.id }} />
        </section>
      )}
      <p>
        <Link to="/projecten">{t('projects.backToList')}</Link>
      </p>
    </>
  );
}
