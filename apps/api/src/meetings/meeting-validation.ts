import { brokenMeetingRules, INPUT_RULES, MEETING_RULE_PARAMS, Visibility, type Locale } from '@ln/domain';
import { InputValidator } from '../common/validation';
import type { AgendaItemInput } from './meeting.inputs';

/** The meeting's fields as they will be stored (after merging an update with the current values). */
export interface MeetingDraft {
  title?: string | null;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  visibility: Visibility;
  agenda?: AgendaItemInput[] | null;
}

export interface CleanMeeting {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  visibility: Visibility;
  agenda?: Array<{ id: string | null; title: string; presenterOrganisationId: string | null }>;
}

/**
 * Checks a planned or changed meeting and names every bad field in the viewer's language (BAD_USER_INPUT).
 * `checkStart`: whether the start must lie in the future (a new meeting, or a start that moves).
 */
export function validateMeeting(draft: MeetingDraft, locale: Locale, options: { now: Date; checkStart: boolean }): CleanMeeting {
  const v = new InputValidator(locale);
  const texts = v.input(INPUT_RULES.planMeeting, {
    title: draft.title,
    description: draft.description,
    location: draft.location,
    onlineUrl: draft.onlineUrl,
    agenda: draft.agenda?.map((item) => ({ title: item.title })),
  });
  const location = texts?.location || null;
  const onlineUrl = texts?.onlineUrl || null;
  const capacity = draft.capacity ?? null;
  const agenda = draft.agenda?.map((item, index) => ({
    id: item.id ?? null,
    title: texts?.agenda?.[index]?.title ?? '',
    presenterOrganisationId: item.presenterOrganisationId ?? null,
  }));
  const broken = brokenMeetingRules({
    startsAt: draft.startsAt.getTime(),
    endsAt: draft.endsAt.getTime(),
    location: location ?? draft.location?.trim() ?? '',
    onlineUrl: onlineUrl ?? draft.onlineUrl?.trim() ?? '',
    capacity,
    agendaItems: agenda?.length ?? 0,
    startMustBeFuture: options.checkStart,
    now: options.now.getTime(),
  });
  for (const [field, rule] of Object.entries(broken)) v.fail(field, rule, MEETING_RULE_PARAMS[rule]);
  v.done();
  return {
    title: texts!.title,
    description: texts!.description || null,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    location,
    onlineUrl,
    capacity,
    visibility: draft.visibility,
    agenda,
  };
}
