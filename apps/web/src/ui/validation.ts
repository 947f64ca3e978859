import { checkInput } from '@ln/domain';

/**
 * A problem with one field found before sending; translated by the form (`form.validation.<key>`). The keys of the
 * shared input rules (required, tooLong, tooShort, email, url) are the API's; the others are the forms' own (a date
 * or time typed in a form, the meeting rules of meeting-rules.ts).
 */
export type Problem =
  | { key: 'required' }
  | { key: 'email' }
  | { key: 'tooShort'; min: number }
  | { key: 'tooLong'; max: number }
  | { key: 'url' }
  | { key: 'date' }
  | { key: 'time' }
  | { key: 'endBeforeStart' }
  | { key: 'startInPast' }
  | { key: 'place' }
  | { key: 'capacity'; max: number }
  | { key: 'agendaSize'; max: number }
  | { key: 'altRequired' }
  | { key: 'filesUploading' };

export type Check = (value: string) => Problem | undefined;

export const required: Check = (value) => (value.trim() ? undefined : { key: 'required' });

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

/** The rules of an API input that the API checks too (@ln/domain INPUT_RULES), e.g. `INPUT_RULES.register`. */
export type InputRules = Parameters<typeof checkInput>[0];

/** The first problem of each field by the input's shared rules (a field in a list by its path: `agenda.0.title`). */
export function checkByInputRules(inputRules: InputRules, values: Record<string, unknown>): Partial<Record<string, Problem>> {
  const checked = checkInput(inputRules, values);
  if (checked.ok) return {};
  return Object.fromEntries(Object.entries(checked.problems).map(([field, { key, params }]) => [field, { key, ...params } as Problem]));
}
