import * as z from 'zod/mini';
import { LIMITS } from './limits.js';
import { isErrorMessageKey, type ValidationMessageKey } from './messages.js';

/**
 * The inputs' field rules, once for the API (which refuses) and the web forms (which check before sending).
 * Every issue's message is a key of ERROR_MESSAGES (`required`, `tooLong` {max}, `tooShort` {min}, `email`, `url`);
 * values are trimmed where the API stores them trimmed. zod/mini: the web ships only the checks it uses.
 */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

const requiredText = (max: number) =>
  z.string({ error: 'required' }).check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));
/** Empty (after trimming) comes out as null: nothing to store. */
const optionalText = (max: number) =>
  z.nullish(
    z.pipe(
      z.string().check(z.trim(), z.maxLength(max, 'tooLong')),
      z.transform((value) => value || null),
    ),
  );

// Node and browsers both have the WHATWG URL; this library is compiled without their type libraries.
declare const URL: new (input: string) => { protocol: string };

function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export const FIELD_RULES = {
  email: z
    .string({ error: 'required' })
    .check(z.trim(), z.toLowerCase(), z.minLength(1, 'required'), z.maxLength(320, 'email'), z.regex(EMAIL, 'email')),
  /** A new password. */
  password: z
    .string({ error: 'required' })
    .check(z.minLength(1, 'required'), z.minLength(LIMITS.passwordMinLength, 'tooShort'), z.maxLength(LIMITS.passwordMaxLength, 'tooLong')),
  /** The password of an existing account: only asked for, its length is not checked again. */
  currentPassword: z.string({ error: 'required' }).check(z.minLength(1, 'required')),
  displayName: requiredText(LIMITS.displayNameMaxLength),
  title: requiredText(LIMITS.titleMaxLength),
  description: optionalText(LIMITS.descriptionMaxLength),
  postBody: requiredText(LIMITS.postBodyMaxLength),
  reportSummary: requiredText(LIMITS.postBodyMaxLength),
  /** Empty, or a full http:// or https:// address. */
  webAddress: z.nullish(
    z.string().check(
      z.trim(),
      z.maxLength(1000, 'tooLong'),
      z.refine((value) => !value || isWebAddress(value), 'url'),
    ),
  ),
  /** A choice that must be made (an organisation, a theme): its id. */
  choice: z.string({ error: 'required' }).check(z.minLength(1, 'required')),
  place: optionalText(LIMITS.placeMaxLength),
  organisationName: requiredText(LIMITS.organisationNameMaxLength),
  region: optionalText(LIMITS.regionMaxLength),
  practiceTitle: z
    .string({ error: 'required' })
    .check(
      z.trim(),
      z.minLength(1, 'required'),
      z.minLength(LIMITS.practiceTitleMinLength, 'tooShort'),
      z.maxLength(LIMITS.titleMaxLength, 'tooLong'),
    ),
  practiceSummary: requiredText(LIMITS.practiceSummaryMaxLength),
  practiceBody: requiredText(LIMITS.practiceBodyMaxLength),
  /** Why a facilitator refuses, hides or cancels: required where the people concerned are told. */
  reason: requiredText(LIMITS.reasonMaxLength),
  /** A short note beside a request or a decision, when one is given. */
  note: optionalText(LIMITS.reasonMaxLength),
};

const organisation = {
  name: FIELD_RULES.organisationName,
  region: FIELD_RULES.region,
  description: FIELD_RULES.description,
  website: FIELD_RULES.webAddress,
};

/** A meeting's texts (planned, or after a change merged with what it was); the rules on its times are meeting-rules.ts. */
const meeting = z.object({
  title: FIELD_RULES.title,
  description: FIELD_RULES.description,
  location: FIELD_RULES.place,
  onlineUrl: FIELD_RULES.webAddress,
  agenda: z.nullish(z.array(z.object({ title: FIELD_RULES.title }))),
});

/** Inputs of the API's mutations (their fields that both sides check), by mutation. */
export const INPUT_RULES = {
  register: z.object({
    email: FIELD_RULES.email,
    password: FIELD_RULES.password,
    displayName: FIELD_RULES.displayName,
    message: FIELD_RULES.note,
  }),
  login: z.object({ email: FIELD_RULES.email, password: FIELD_RULES.currentPassword }),
  requestPasswordReset: z.object({ email: FIELD_RULES.email }),
  resetPassword: z.object({ password: FIELD_RULES.password }),
  inviteToOrganisation: z.object({ email: FIELD_RULES.email, organisationId: FIELD_RULES.choice }),
  startThread: z.object({ title: FIELD_RULES.title, body: FIELD_RULES.postBody }),
  addPost: z.object({ body: FIELD_RULES.postBody, clientMutationId: optionalText(100) }),
  editPost: z.object({ body: FIELD_RULES.postBody }),
  proposeTheme: z.object({ title: FIELD_RULES.title, description: FIELD_RULES.description }),
  submitProjectReport: z.object({ summary: FIELD_RULES.reportSummary, link: FIELD_RULES.webAddress }),
  updateProfile: z.object({ displayName: FIELD_RULES.displayName }),
  planMeeting: meeting,
  updateMeeting: meeting,
  createOrganisation: z.object(organisation),
  /** Only the fields given change; a given name must not be empty. */
  updateOrganisation: z.partial(z.object(organisation)),
  applyToJoin: z.object({
    name: FIELD_RULES.organisationName,
    region: FIELD_RULES.region,
    description: FIELD_RULES.description,
    members: z.nullish(
      z.array(z.object({ name: FIELD_RULES.organisationName })).check(z.maxLength(LIMITS.cooperationMembersMax, 'tooLong')),
    ),
  }),
  publishPractice: z.object({
    title: FIELD_RULES.practiceTitle,
    summary: FIELD_RULES.practiceSummary,
    body: FIELD_RULES.practiceBody,
    links: z.nullish(z.array(FIELD_RULES.webAddress).check(z.maxLength(LIMITS.practiceLinksMax, 'tooLong'))),
  }),
  cancelMeeting: z.object({ reason: FIELD_RULES.reason }),
  recordMinutes: z.object({ minutes: optionalText(LIMITS.minutesMaxLength) }),
  hidePost: z.object({ reason: requiredText(LIMITS.moderationReasonMaxLength) }),
  sendBackProjectReport: z.object({ remark: requiredText(LIMITS.reviewRemarkMaxLength) }),
  requestMembership: z.object({ message: FIELD_RULES.note }),
  reviewPractice: z.object({ remark: FIELD_RULES.note }),
  leaveNetwork: z.object({ password: FIELD_RULES.currentPassword }),
  /** One note per competence: the evidence behind its score (the score itself is a choice of 1 to 5). */
  recordSelfAssessment: z.object({ scores: z.array(z.object({ note: requiredText(LIMITS.assessmentNoteMaxLength) })) }),
  removeAccount: z.object({ reason: FIELD_RULES.reason }),
  rejectMembershipRequest: z.object({ reason: FIELD_RULES.note }),
  searchPeople: z.object({ query: requiredText(LIMITS.peopleQueryMaxLength) }),
  /** Both sides: the web does not know whether the invited address has an account (then its password is asked). */
  acceptInvitation: z.object({ displayName: optionalText(LIMITS.displayNameMaxLength), password: FIELD_RULES.currentPassword }),
  /** The API, when the invited address has no account yet: a name and a new password. */
  acceptInvitationNewAccount: z.object({ displayName: FIELD_RULES.displayName, password: FIELD_RULES.password }),
};

export type InputRules = z.ZodMiniType<Record<string, unknown>>;

/** A field's problem: the message key and its parameters ({max}, {min}). */
export interface InputProblem {
  key: ValidationMessageKey;
  params?: { max?: number; min?: number };
}

/**
 * Checks `values` against `rules`: the cleaned values (trimmed), or the first problem of each field. A field inside a
 * list is named by its path, as the API names it (`agenda.0.title`, `links.2`).
 */
export function checkInput<T>(
  rules: z.ZodMiniType<T>,
  values: unknown,
): { ok: true; value: T } | { ok: false; problems: Record<string, InputProblem> } {
  const result = rules.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const problems: Record<string, InputProblem> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    if (field in problems) continue;
    const key: ValidationMessageKey = isErrorMessageKey(issue.message) ? (issue.message as ValidationMessageKey) : 'required';
    const params =
      issue.code === 'too_big'
        ? { max: Number(issue.maximum) }
        : issue.code === 'too_small' && key === 'tooShort'
          ? { min: Number(issue.minimum) }
          : undefined;
    problems[field] = params ? { key, params } : { key };
  }
  return { ok: false, problems };
}
