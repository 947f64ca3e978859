import { graphql } from '../../../gql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        ...AuditRow_entry
      }
    }
  }
`);
