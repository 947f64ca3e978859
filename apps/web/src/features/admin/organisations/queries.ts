import { graphql } from '../../../gql';
import type { AdminOrganisationApplicationsQuery } from '../../../gql/graphql';

export type OrganisationApplication = AdminOrganisationApplicationsQuery['organisationApplications'][number];

export const ORGANISATION_APPLICATIONS_QUERY = graphql(`
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
`);
