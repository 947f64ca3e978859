import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SEND_BACK_PROJECT_REPORT_MUTATION = graphql(`
  mutation SendBackProjectReport($reportId: ID!, $remark: String!) {
    sendBackProjectReport(reportId: $reportId, remark: $remark) {
      ...ReportDetails_report
    }
  }
`);

/** "Terugsturen met opmerking": the project sees the remark and can submit again. */
export function useSendBackProjectReport() {
  const [mutate] = useMutation(SEND_BACK_PROJECT_REPORT_MUTATION);
  return async (reportId: string, remark: string) => {
    await mutate({ variables: { reportId, remark } });
  };
}
