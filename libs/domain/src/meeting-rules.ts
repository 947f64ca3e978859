import { LIMITS } from './limits.js';

/** A meeting rule that a planned or changed meeting breaks; its message key in ERROR_MESSAGES. */
export type MeetingRule = 'endBeforeStart' | 'startInPast' | 'place' | 'agendaSize' | 'capacity';

/** The parameters of each rule's message. */
export const MEETING_RULE_PARAMS: Record<MeetingRule, Record<string, number> | undefined> = {
  endBeforeStart: undefined,
  startInPast: undefined,
  place: undefined,
  agendaSize: { max: LIMITS.agendaItemsMax },
  capacity: { max: LIMITS.meetingCapacityMax },
};

export interface MeetingRuleInput {
  /** Milliseconds since the epoch; null when the form has no valid time yet. */
  startsAt: number | null;
  endsAt: number | null;
  /** Trimmed; empty when not given. */
  location: string;
  onlineUrl: string;
  /** null: no limit; NaN: not a whole number. */
  capacity: number | null;
  agendaItems: number;
  /** A new meeting, or a start that moves: it must lie in the future. */
  startMustBeFuture: boolean;
  now: number;
}

/**
 * The rules of a meeting that are more than a field's own format, once for the API (meeting-validation.ts) and the
 * web form (meetingFormValues.ts): the end after the start, a start in the future, a place (a location or an online
 * link), a capacity from 1 to the maximum, and at most so many agenda items. Field → the rule it breaks.
 */
export function brokenMeetingRules(
  input: MeetingRuleInput,
): Partial<Record<'startsAt' | 'endsAt' | 'location' | 'capacity' | 'agenda', MeetingRule>> {
  const broken: Partial<Record<'startsAt' | 'endsAt' | 'location' | 'capacity' | 'agenda', MeetingRule>> = {};
  if (input.startsAt !== null && input.endsAt !== null && input.endsAt <= input.startsAt) broken.endsAt = 'endBeforeStart';
  if (input.startsAt !== null && input.startMustBeFuture && input.startsAt < input.now) broken.startsAt = 'startInPast';
  if (!input.location && !input.onlineUrl) broken.location = 'place';
  const capacity = input.capacity;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > LIMITS.meetingCapacityMax))
    broken.capacity = 'capacity';
  if (input.agendaItems > LIMITS.agendaItemsMax) broken.agenda = 'agendaSize';
  return broken;
}
