import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganisationType } from '@ln/domain';

export interface OrganisationApplication {
  id: string;
  name: string;
  type: OrganisationType;
  region: string | null;
  description: string | null;
  memberOrganisations: { id: string; name: string; type: OrganisationType }[];
}

export const ORGANISATION_APPLICATIONS_QUERY: TypedDocumentNode<
  { organisationApplications: OrganisationApplication[] },
  Record<string, never>
> = gql`
  query AdminOrganisationApplications {
    organisationApplications {
      id
      name
      type
      region
      description
      memberOrganisations {
        id
        name
        type
      }
    }
  }
`;
