import { gql } from './graphql';

export const PLAN = `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id title version startsAt endsAt capacity visibility agenda { position title presenter { id } } } }`;

/** A valid meeting input, a number of days from now (Brussels-agnostic: ISO with offset). */
export function meetingInput(overrides: Record<string, unknown> = {}, daysAhead = 10): Record<string, unknown> {
  const start = new Date(Date.now() + daysAhead * 86_400_000);
  start.setUTCHours(12, 0, 0, 0);
  return {
    title: 'Intervisie onthaalbeleid',
    description: 'Uitwisseling tussen de pilootprojecten.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    location: 'Brussel',
    capacity: 30,
    visibility: 'MEMBERS',
    ...overrides,
  };
}

/** Plans a meeting as the given (facilitator) caller and returns its id. */
export async function planMeeting(url: string, headers: Record<string, string>, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await gql(url, PLAN, { i: meetingInput(overrides) }, headers);
  if (!res.data) throw new Error(`planMeeting faalde: ${JSON.stringify(res.errors)}`);
  return res.data['planMeeting'].id;
}
