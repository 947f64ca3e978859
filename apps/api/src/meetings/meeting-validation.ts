import { brokenMeetingRules, LIMITS, Visibility, type Locale } from '@ln/domain';
import { badInput, DomainError, type FieldErrors } from '../common/errors/domain-error';
import { message } from '../common/i18n/messages';
import { InputValidator } from '../common/validation';
import type { AgendaItemInput } from './meeting.inputs';

/** Messages for the meeting rules the shared validator has no key for, in the viewer's language. */
const TEXT = {
  endBeforeStart: { nl: 'Het einde moet na het begin liggen.', en: 'The end must be after the start.' },
  startInPast: { nl: 'Het begin ligt in het verleden.', en: 'The start is in the past.' },
  capacity: {
    nl: `Kies een capaciteit tussen 1 en ${LIMITS.meetingCapacityMax}, of laat leeg voor onbeperkt.`,
    en: `Choose a capacity between 1 and ${LIMITS.meetingCapacityMax}, or leave it empty for no limit.`,
  },
  place: { nl: 'Geef een locatie of een onlinelink.', en: 'Enter a location or an online link.' },
  agendaSize: { nl: `Maximaal ${LIMITS.agendaItemsMax} agendapunten.`, en: `At most ${LIMITS.agendaItemsMax} agenda items.` },
} as const;

export type MeetingText = keyof typeof TEXT;

export function meetingText(locale: Locale, key: MeetingText): string {
  return TEXT[key][locale];
}

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
  const extra: FieldErrors = {};
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
  for (const [field, rule] of Object.entries(broken)) extra[field] = meetingText(locale, rule);
  failWith(v, extra, locale);
  return { title: title!, description, startsAt: draft.startsAt, endsAt: draft.endsAt, location, onlineUrl, capacity, visibility: draft.visibility, agenda };
}

/** Throws one BAD_USER_INPUT with the shared validator's field errors and the extra ones together. */
export function failWith(v: InputValidator, extra: FieldErrors, locale: Locale): void {
  let fields: FieldErrors = {};
  try {
    v.done();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    fields = { ...error.fields };
  }
  const all = { ...extra, ...fields };
  if (Object.keys(all).length > 0) throw badInput(all, message(locale, 'fixFields'));
}
