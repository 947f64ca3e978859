import { LIMITS } from '@ln/domain';

/** A problem with one field found before sending; translated by the form (`form.validation.<key>`). */
export type Problem =
  | { key: 'required' }
  | { key: 'email' }
  | { key: 'httpsUrl' }
  | { key: 'minLength'; min: number }
  | { key: 'maxLength'; max: number }
  | { key: 'url' }
  | { key: 'date' }
  | { key: 'time' }
  | { key: 'endBeforeStart' }
  | { key: 'startInPast' }
  | { key: 'place' }
  | { key: 'capacity'; max: number }
  | { key: 'agendaSize'; max: number };

export type Check = (value: string) => Problem | undefined;

export const required: Check = (value) => (value.trim() ? undefined : { key: 'required' });

// Deliberately loose: one @, something on both sides, a dot in the domain. The API decides.
export const email: Check = (value) =>
  !value.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : { key: 'email' };

export const minLength =
  (min: number): Check =>
  (value) =>
    !value || value.length >= min ? undefined : { key: 'minLength', min };

export const maxLength =
  (max: number): Check =>
  (value) =>
    value.length <= max ? undefined : { key: 'maxLength', max };

/** Empty is fine (use `required` beside it); otherwise a full https:// address. */
export const httpsUrl: Check = (value) => {
  if (!value.trim()) return undefined;
  try {
    return new URL(value.trim()).protocol === 'https:' ? undefined : { key: 'httpsUrl' };
  } catch {
    return { key: 'httpsUrl' };
  }
};

/** Empty is fine; otherwise a full http:// or https:// address (as the API accepts). */
export const httpsOrHttpUrl: Check = (value) => {
  if (!value.trim()) return undefined;
  try {
    const { protocol } = new URL(value.trim());
    return protocol === 'https:' || protocol === 'http:' ? undefined : { key: 'url' };
  } catch {
    return { key: 'url' };
  }
};

export const password: Check[] = [required, minLength(LIMITS.passwordMinLength), maxLength(LIMITS.passwordMaxLength)];
export const displayName: Check[] = [required, maxLength(LIMITS.displayNameMaxLength)];

export type Rules<V> = { [K in keyof V]?: Check[] };

/** The first problem of each field whose value breaks one of its checks. */
export function validate<V extends Record<string, unknown>>(values: V, rules: Rules<V>): Partial<Record<keyof V, Problem>> {
  const problems: Partial<Record<keyof V, Problem>> = {};
  for (const name of Object.keys(rules) as (keyof V)[]) {
    const value = values[name];
    const text = typeof value === 'string' ? value : '';
    for (const check of rules[name] ?? []) {
      const problem = check(text);
      if (problem) {
        problems[name] = problem;
        break;
      }
    }
  }
  return problems;
}
