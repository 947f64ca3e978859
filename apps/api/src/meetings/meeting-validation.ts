import { brokenMeetingRules, LIMITS, MEETING_RULE_PARAMS, Visibility, type Locale } from '@ln/domain';
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
  const title = v.text('title', draft.title, { max: LIMITS.titleMaxLength });
  const description = v.text('description', draft.description, { max: LIMITS.descriptionMaxLength, optional: true });
  const location = v.text('location', draft.location, { max: 300, optional: true });
  const onlineUrl = v.url('onlineUrl', draft.onlineUrl);
  const capacity = draft.capacity ?? null;
  const agenda = draft.agenda?.map((item, index) => ({
    id: item.id ?? null,
    title: v.text(`agenda.${index}.title`, item.title, { max: LIMITS.titleMaxLength }) ?? '',
    presenterOrganisationId: item.presenterOrganisationId ?? null,
  }));
  const broken = brokenMeetingRules({
    startsAt: draft.startsAt.getTime(),
    endsAt: draft.endsAt.getTime(),
    location: location ?? '',
    onlineUrl: onlineUrl ?? draft.onlineUrl?.trim() ?? '',
    capacity,
    agendaItems: agenda?.length ?? 0,
    startMustBeFuture: options.checkStart,
    now: options.now.getTime(),
  });
  for (const [field, rule] of Object.entries(broken)) v.fail(field, rule, MEETING_RULE_PARAMS[rule]);
  v.done();
  return {
    title: title!,
    description,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    location,
    onlineUrl,
    capacity,
    visibility: draft.visibility,
    agenda,
  };
}
