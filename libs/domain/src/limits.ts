// Limits both sides enforce: the API rejects beyond them, the web app shows them in forms.

export const LIMITS = {
  pageSizeDefault: 20,
  pageSizeMax: 100,
  titleMaxLength: 200,
  descriptionMaxLength: 10_000,
  postBodyMaxLength: 20_000,
  searchQueryMaxLength: 200,
  displayNameMaxLength: 100,
  passwordMinLength: 12,
  passwordMaxLength: 256,
  meetingCapacityMax: 10_000,
  agendaItemsMax: 50,
  minutesMaxLength: 100_000,
  placeMaxLength: 300,
  organisationNameMaxLength: 200,
  regionMaxLength: 120,
  cooperationMembersMax: 100,
  practiceTitleMinLength: 3,
  practiceSummaryMaxLength: 1000,
  practiceBodyMaxLength: 50_000,
  practiceLinksMax: 20,
  reasonMaxLength: 2000,
  moderationReasonMaxLength: 1000,
  reviewRemarkMaxLength: 5000,
  peopleQueryMaxLength: 100,
  assessmentNoteMaxLength: 2000,
  assessmentScoreMin: 1,
  assessmentScoreMax: 5,
} as const;

export const TIME_ZONE = 'Europe/Brussels';

export const SUPPORTED_LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
