import { graphql } from '../../../gql';

export const REPORT_FOLLOW_UP_QUERY = graphql(`
  query AdminReportFollowUp {
    pilotProjects {
      id
      title
      startsOn
      endsOn
      reports {
        ...ReportDetails_report
      }
    }
  }
`);
