import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { REPORT_DETAILS_FRAGMENT, type ReportData } from '../../projects/ReportDetails';

export const REVIEW_PROJECT_REPORT_MUTATION: TypedDocumentNode<{ reviewProjectReport: ReportData }, { reportId: string }> = gql`
  mutation ReviewProjectReport($reportId: ID!) {
    reviewProjectReport(reportId: $reportId) {
      ...ReportDetails_report
    }
  }
  ${REPORT_DETAILS_FRAGMENT}
`;

/** "Goedkeuren": the answer updates the report in the normalised cache. */
export function useReviewProjectReport() {
  const [mutate] = useMutation(REVIEW_PROJECT_REPORT_MUTATION);
  return async (reportId: string) => void (await mutate({ variables: { reportId } }));
}
