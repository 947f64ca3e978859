import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SubmitProjectReportInput } from '../../gql/graphql';

export const SUBMIT_PROJECT_REPORT_MUTATION = graphql(`
  mutation SubmitProjectReport($input: SubmitProjectReportInput!) {
    submitProjectReport(input: $input) {
      ...ReportDetails_report
    }
  }
`);

/** The answer is the report itself, so the normalised cache updates the timeline (and the follow-up list). */
export function useSubmitProjectReport() {
  const [mutate, { loading }] = useMutation(SUBMIT_PROJECT_REPORT_MUTATION);
  return {
    submitProjectReport: async (input: SubmitProjectReportInput) => (await mutate({ variables: { input } })).data?.submitProjectReport,
    loading,
  };
}
