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
const optionalText = (max: number) => z.nullish(z.string().check(z.trim(), z.maxLength(max, 'tooLong')));

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
};

/** Inputs of the API's mutations (their fields that both sides check), by mutation. */
export const INPUT_RULES = {
  register: z.object({ email: FIELD_RULES.email, password: FIELD_RULES.password, displayName: FIELD_RULES.displayName }),
  login: z.object({ email: FIELD_RULES.email, password: FIELD_RULES.currentPassword }),
  requestPasswordReset: z.object({ email: FIELD_RULES.email }),
  resetPassword: z.object({ password: FIELD_RULES.password }),
  inviteToOrganisation: z.object({ email: FIELD_RULES.email, organisationId: FIELD_RULES.choice }),
  startThread: z.object({ title: FIELD_RULES.title, body: FIELD_RULES.postBody }),
  addPost: z.object({ body: FIELD_RULES.postBody }),
  proposeTheme: z.object({ title: FIELD_RULES.title, description: FIELD_RULES.description }),
  submitProjectReport: z.object({ summary: FIELD_RULES.reportSummary, link: FIELD_RULES.webAddress }),
  updateProfile: z.object({ displayName: FIELD_RULES.displayName }),
};

export type InputRules = z.ZodMiniType<Record<string, unknown>>;

/** A field's problem: the message key and its parameters ({max}, {min}). */
export interface InputProblem {
  key: ValidationMessageKey;
  params?: { max?: number; min?: number };
}

/** Checks `values` against `rules`: the cleaned values (trimmed), or the first problem of each field. */
export function checkInput<T>(
  rules: z.ZodMiniType<T>,
  values: unknown,
): { ok: true; value: T } | { ok: false; problems: Record<string, InputProblem> } {
  const result = rules.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const problems: Record<string, InputProblem> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
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
