import { graphql } from '../../../gql';

export const REPORT_FOLLOW_UP_QUERY = graphql(`
  query AdminReportFollowUp {
    pilotProjects {
      id
      title
      reports {
        ...ReportDetails_report
      }
    }
  }
`);
