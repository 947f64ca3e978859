import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge } from '../../ui/Badge';
import { graphql } from '../../gql';
import type { ProjectFacts_ProjectFragment } from '../../gql/graphql';

export const PROJECT_FACTS_FRAGMENT = graphql(`
  fragment ProjectFacts_project on PilotProject {
    id
    title
    focus
    startsOn
    endsOn
    partnership {
      id
      name
    }
    leadOrganisation {
      id
      name
    }
  }
`);

export type ProjectFactsData = ProjectFacts_ProjectFragment;

/** Focus, subsidy period, partnership and lead organisation of a pilot project. */
export function ProjectFacts({ project }: { project: ProjectFactsData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p>
        <Badge tone="info">{t(`projectFocus.${project.focus}`)}</Badge>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('projects.subsidyPeriod')}</dt>
          <dd>
            <time dateTime={project.startsOn}>{formatDate(project.startsOn, locale)}</time> –{' '}
            <time dateTime={project.endsOn}>{formatDate(project.endsOn, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('projects.partnership')}</dt>
          <dd>
            <Link to={`/organisaties/${project.partnership.id}`}>{project.partnership.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('projects.leadOrganisation')}</dt>
          <dd>
            <Link to={`/organisaties/${project.leadOrganisation.id}`}>{project.leadOrganisation.name}</Link>
          </dd>
        </div>
      </dl>
    </>
  );
}
