import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { graphql } from '../../gql';
import type { OrganisationItem_OrganisationFragment } from '../../gql/graphql';

export const ORGANISATION_ITEM_FRAGMENT = graphql(`
  fragment OrganisationItem_organisation on Organisation {
    id
    name
    type
    region
    subsidised
    memberOrganisations {
      id
      name
      type
    }
    partOf {
      id
      name
    }
    pilotProject {
      id
      title
      focus
    }
  }
`);

export type OrganisationItemData = OrganisationItem_OrganisationFragment;

/** One top-level member of the network, with its own member organisations nested. */
export function OrganisationItem({ organisation }: { organisation: OrganisationItemData }) {
  const { t } = useTranslation();
  const { name, type, region, subsidised, pilotProject, memberOrganisations } = organisation;
  const headingId = `organisation-${organisation.id}`;

  return (
    <Card accent aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {name}
      </h3>
      <p className="card__meta">
        {t(`organisationType.${type}`)}
        {region && <> · {region}</>}
      </p>
      {(subsidised || pilotProject) && (
        <p className="card__badges">
          {subsidised && <Badge tone="success">{t('badge.subsidised')}</Badge>}
          {pilotProject && <Badge tone="info">{t(`projectFocus.${pilotProject.focus}`)}</Badge>}
        </p>
      )}
      {pilotProject && pilotProject.title !== name && (
        <p className="card__meta">{t('landing.pilotProject', { title: pilotProject.title })}</p>
      )}
      {memberOrganisations.length > 0 && (
        <ul className="organisation__members" aria-label={t('landing.membersOf', { name })}>
          {memberOrganisations.map((member) => (
            <li key={member.id}>
              {member.name} <span className="organisation__member-type">({t(`organisationType.${member.type}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
