import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RUN_REPORT_REMINDERS_MUTATION = graphql(`
  mutation RunReportReminders($asOf: DateTime!) {
    runReportReminders(asOf: $asOf)
  }
`);

/** Sends the reminders that are due as of now; resolves with how many were sent. */
export function useRunReportReminders() {
  const [mutate] = useMutation(RUN_REPORT_REMINDERS_MUTATION);
  return async (asOf: Date = new Date()) => (await mutate({ variables: { asOf: asOf.toISOString() } })).data?.runReportReminders ?? 0;
}
