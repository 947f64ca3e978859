import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { REPORT_DETAILS_FRAGMENT, type ReportData } from '../../projects/ReportDetails';

export const SEND_BACK_PROJECT_REPORT_MUTATION: TypedDocumentNode<
  { sendBackProjectReport: ReportData },
  { reportId: string; remark: string }
> = gql`
  mutation SendBackProjectReport($reportId: ID!, $remark: String!) {
    sendBackProjectReport(reportId: $reportId, remark: $remark) {
      ...ReportDetails_report
    }
  }
  ${REPORT_DETAILS_FRAGMENT}
`;

/** "Terugsturen met opmerking": the project sees the remark and can submit again. */
export function useSendBackProjectReport() {
  const [mutate] = useMutation(SEND_BACK_PROJECT_REPORT_MUTATION);
  return async (reportId: string, remark: string) => void (await mutate({ variables: { reportId, remark } }));
}
