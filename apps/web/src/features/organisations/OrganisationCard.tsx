import { Link } from 'react-router';
import { OrganisationComposition } from './OrganisationComposition';
import { OrganisationSummary } from './OrganisationSummary';
import { Card } from '../../ui/Card';
import { graphql } from '../../gql';
import type { OrganisationCard_OrganisationFragment } from '../../gql/graphql';

export const ORGANISATION_CARD_FRAGMENT = graphql(`
  fragment OrganisationCard_organisation on Organisation {
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
    }
  }
`);

export type OrganisationCardData = OrganisationCard_OrganisationFragment;

/** One organisation in the directory: name (link), type and region, badges, composition. */
export function OrganisationCard({ organisation }: { organisation: OrganisationCardData }) {
  const headingId = `organisation-card-${organisation.id}`;
  return (
    <Card accent aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>
      </h2>
      <OrganisationSummary organisation={organisation} />
      <OrganisationComposition
        name={organisation.name}
        memberOrganisations={organisation.memberOrganisations}
        partOf={organisation.partOf}
      />
    </Card>
  );
}
