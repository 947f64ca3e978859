import { gql, type TypedDocumentNode } from '@apollo/client';
import { REPORT_DETAILS_FRAGMENT, type ReportData } from '../../projects/ReportDetails';

export interface FollowUpProject {
  id: string;
  title: string;
  reports: ReportData[];
}

export const REPORT_FOLLOW_UP_QUERY: TypedDocumentNode<{ pilotProjects: FollowUpProject[] }, Record<string, never>> = gql`
  query AdminReportFollowUp {
    pilotProjects {
      id
      title
      reports {
        ...ReportDetails_report
      }
    }
  }
  ${REPORT_DETAILS_FRAGMENT}
`;
