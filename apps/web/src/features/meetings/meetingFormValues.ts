import { brokenMeetingRules, INPUT_RULES, LIMITS, Visibility } from '@ln/domain';
import { checkByInputRules, type Problem } from '../../ui/validation';
import { agendaInput, newAgendaItem, type AgendaDraftItem } from './agendaDraft';
import { fromBrusselsLocal, isValidDate, isValidTime, toBrusselsLocal } from './brusselsTime';

/**
 * The meeting form's fields. Start and end are entered as a Brussels date and time;
 * the date fields carry the API's names (`startsAt`, `endsAt`) so that its field
 * errors land next to them.
 */
export type MeetingFormValues = {
  title: string;
  description: string;
  startsAt: string;
  startsAtTime: string;
  endsAt: string;
  endsAtTime: string;
  location: string;
  onlineUrl: string;
  capacity: string;
  visibility: Visibility;
  invitedOrganisationIds: string[];
};

export interface MeetingFormSource {
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  visibility: Visibility;
  invitedOrganisations: { id: string }[];
  agenda: { id: string; title: string; presenter: { id: string } | null }[];
}

export function emptyMeetingForm(): MeetingFormValues {
  return {
    title: '',
    description: '',
    startsAt: '',
    startsAtTime: '',
    endsAt: '',
    endsAtTime: '',
    location: '',
    onlineUrl: '',
    capacity: '',
    visibility: Visibility.MEMBERS,
    invitedOrganisationIds: [],
  };
}

export function meetingFormFrom(meeting: MeetingFormSource): { values: MeetingFormValues; agenda: AgendaDraftItem[] } {
  const start = toBrusselsLocal(meeting.startsAt);
  const end = toBrusselsLocal(meeting.endsAt);
  return {
    values: {
      title: meeting.title,
      description: meeting.description ?? '',
      startsAt: start.date,
      startsAtTime: start.time,
      endsAt: end.date,
      endsAtTime: end.time,
      location: meeting.location ?? '',
      onlineUrl: meeting.onlineUrl ?? '',
      capacity: meeting.capacity === null ? '' : String(meeting.capacity),
      visibility: meeting.visibility,
      invitedOrganisationIds: meeting.invitedOrganisations.map((organisation) => organisation.id),
    },
    agenda: meeting.agenda.map((item) =>
      newAgendaItem({ id: item.id, title: item.title, presenterOrganisationId: item.presenter?.id ?? '' }),
    ),
  };
}

export type MeetingProblems = Partial<Record<string, Problem>>;

/**
 * Every problem the form can find before sending, by field name (agenda titles as
 * `agenda.<n>.title`, like the API). `startMustBeFuture`: a new meeting, or a start
 * that was moved.
 */
export function checkMeetingForm(
  values: MeetingFormValues,
  agenda: readonly AgendaDraftItem[],
  { now, startMustBeFuture }: { now: Date; startMustBeFuture: boolean },
): MeetingProblems {
  // The texts by the API's rules (agenda titles as `agenda.<n>.title`); the times and place below.
  const problems: MeetingProblems = checkByInputRules(INPUT_RULES.planMeeting, {
    title: values.title,
    description: values.description,
    location: values.location,
    onlineUrl: values.onlineUrl,
    agenda: agenda.map((item) => ({ title: item.title })),
  });

  const dateProblem = (date: string): Problem | undefined =>
    !date.trim() ? { key: 'required' } : isValidDate(date) ? undefined : { key: 'date' };
  const timeProblem = (time: string): Problem | undefined =>
    !time.trim() ? { key: 'required' } : isValidTime(time) ? undefined : { key: 'time' };
  const startDate = dateProblem(values.startsAt);
  const startTime = timeProblem(values.startsAtTime);
  const endDate = dateProblem(values.endsAt);
  const endTime = timeProblem(values.endsAtTime);
  if (startDate) problems['startsAt'] = startDate;
  if (startTime) problems['startsAtTime'] = startTime;
  if (endDate) problems['endsAt'] = endDate;
  if (endTime) problems['endsAtTime'] = endTime;

  const startsAt = fromBrusselsLocal({ date: values.startsAt, time: values.startsAtTime });
  const endsAt = fromBrusselsLocal({ date: values.endsAt, time: values.endsAtTime });
  const capacity = values.capacity.trim();
  const broken = brokenMeetingRules({
    startsAt: startsAt ? Date.parse(startsAt) : null,
    endsAt: endsAt ? Date.parse(endsAt) : null,
    location: values.location.trim(),
    onlineUrl: values.onlineUrl.trim(),
    capacity: !capacity ? null : /^\d+$/.test(capacity) ? Number(capacity) : Number.NaN,
    agendaItems: agenda.length,
    startMustBeFuture,
    now: now.getTime(),
  });
  if (broken.endsAt) problems['endsAt'] = { key: 'endBeforeStart' };
  if (broken.startsAt) problems['startsAt'] = { key: 'startInPast' };
  if (broken.location) problems['location'] ??= { key: 'place' };
  if (broken.capacity) problems['capacity'] = { key: 'capacity', max: LIMITS.meetingCapacityMax };
  if (broken.agenda) problems['agenda'] = { key: 'agendaSize', max: LIMITS.agendaItemsMax };
  return problems;
}

/** The form as the API's PlanMeetingInput / UpdateMeetingInput. Call after `checkMeetingForm` found nothing. */
export function meetingInput(values: MeetingFormValues, agenda: readonly AgendaDraftItem[]) {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    startsAt: fromBrusselsLocal({ date: values.startsAt, time: values.startsAtTime })!,
    endsAt: fromBrusselsLocal({ date: values.endsAt, time: values.endsAtTime })!,
    location: values.location.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    capacity: values.capacity.trim() ? Number(values.capacity.trim()) : null,
    visibility: values.visibility,
    invitedOrganisationIds: values.invitedOrganisationIds,
    agenda: agendaInput(agenda),
  };
}

export type MeetingInput = ReturnType<typeof meetingInput>;
