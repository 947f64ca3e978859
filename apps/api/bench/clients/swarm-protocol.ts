// Messages between the bench (lib/swarm.ts) and the subscriber swarm process (clients/subscriber-swarm.ts), over IPC.

export interface Trigger {
  /** Sent by the swarm itself, so that arrival times and the trigger's send time are read from one clock. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type SwarmCommand =
  | { type: 'open'; wsUrl: string; authorizations: string[]; query: string; variables: Record<string, unknown>; batchSize: number }
  | { type: 'fire'; trigger: Trigger; timeoutMs: number }
  | { type: 'close' };

export type SwarmReport =
  | { type: 'opened'; subscribers: number; ms: number }
  /** Per subscriber that got the event: ms from sending the trigger until its `next` arrived. */
  | { type: 'arrivals'; latenciesMs: number[]; expected: number; triggerStatus: number; triggerAnswer: string }
  | { type: 'closed' }
  | { type: 'failed'; message: string };
