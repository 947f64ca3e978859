import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const REVIEW_PROJECT_REPORT_MUTATION = graphql(`
  mutation ReviewProjectReport($reportId: ID!) {
    reviewProjectReport(reportId: $reportId) {
      ...ReportDetails_report
    }
  }
`);

/** "Goedkeuren": the answer updates the report in the normalised cache. */
export function useReviewProjectReport() {
  const [mutate] = useMutation(REVIEW_PROJECT_REPORT_MUTATION);
  return async (reportId: string) => {
    await mutate({ variables: { reportId } });
  };
}
