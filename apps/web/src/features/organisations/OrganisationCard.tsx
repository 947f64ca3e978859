import { gql } from '@apollo/client';
import type { OrganisationType } from '@ln/domain';
import { Link } from 'react-router';
import { OrganisationComposition, type OrganisationLink } from './OrganisationComposition';
import { OrganisationSummary } from './OrganisationSummary';
import { Card } from '../../ui/Card';

export const ORGANISATION_CARD_FRAGMENT = gql`
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
`;

export interface OrganisationCardData {
  id: string;
  name: string;
  type: OrganisationType;
  region: string | null;
  subsidised: boolean;
  memberOrganisations: OrganisationLink[];
  partOf: OrganisationLink[];
  pilotProject: { id: string; title: string } | null;
}

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
