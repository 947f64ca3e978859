import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from './ErrorSummary';
import { readRequestProblem, type FieldErrors, type RequestProblem } from './formErrors';
import { checkByInputRules, validate, type InputRules, type Problem, type Rules } from './validation';

export type FormValues = Record<string, string | boolean | string[]>;
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface FormOptions<V extends FormValues> {
  /** Prefix of the fields' ids (`<id>-<name>`), unique on the page. */
  id: string;
  initial: V;
  /** Field labels, also used in the error summary (also of controls outside `values`, like a file picker). */
  labels: { [K in keyof V]?: string } & Partial<Record<string, string>>;
  /** The rules the API checks too, for the fields of its input (`INPUT_RULES.register`). */
  inputRules?: InputRules;
  /** The form's own checks of single fields. */
  rules?: Rules<V>;
  /** Checks across fields (an end before the start), by field name; run after `rules`. */
  check?: (values: V) => Partial<Record<string, Problem>>;
  onSubmit: (values: V) => Promise<unknown>;
  /** A form's own wording for a failed request, by error code (e.g. a failed login). */
  messages?: Partial<Record<RequestProblem['code'], string>>;
}

export interface FormSummary {
  items: ErrorSummaryItem[];
  /** Increases with every failed attempt, so the summary takes focus again. */
  attempt: number;
}

/**
 * State of a form with GOV.UK-style errors: checks before sending, then the API's
 * `extensions.fields` next to each field, and a summary that takes focus on failure.
 */
export function useForm<V extends FormValues>({
  id,
  initial,
  labels,
  inputRules,
  rules = {},
  check,
  onSubmit,
  messages = {},
}: FormOptions<V>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const idOf = (name: string) => `${id}-${name}`;
  const labelOf = (name: string): string | undefined => (labels as Record<string, string | undefined>)[name];

  function setValue<K extends keyof V>(name: K, value: V[K]) {
    setValues((previous) => ({ ...previous, [name]: value }));
  }

  function translate(problem: Problem): string {
    return t(`form.validation.${problem.key}`, problem);
  }

  function fail(fields: FieldErrors, message?: string) {
    setErrors(fields);
    setFormError(message);
    setAttempt((count) => count + 1);
  }

  /** For `<form onSubmit>`: runs the submit, which catches its own errors (they become the form's messages). */
  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    void submit(event);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems: Partial<Record<string, Problem>> = {
      ...check?.(values),
      ...(inputRules ? checkByInputRules(inputRules, values) : {}),
      ...validate(values, rules),
    };
    const names = Object.keys(problems);
    if (names.length > 0) {
      fail(Object.fromEntries(names.map((name) => [name, translate(problems[name]!)])));
      return;
    }
    setErrors({});
    setFormError(undefined);
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const problem = readRequestProblem(error);
      const hasFields = Object.keys(problem.fields).length > 0;
      const wording = messages[problem.code];
      fail(problem.fields, wording ?? (hasFields ? undefined : t(`errors.${problem.code}`)));
    } finally {
      setSubmitting(false);
    }
  }

  /** Props for a TextField, SelectField or TextArea bound to a text value. */
  function field<K extends TextKeys<V>>(name: K) {
    return {
      id: idOf(name),
      name,
      label: labelOf(name) ?? name,
      value: values[name] as string,
      onChange: (value: string) => setValue(name, value as V[K]),
      error: errors[name],
    };
  }

  const items: ErrorSummaryItem[] = [
    ...(formError ? [{ text: formError }] : []),
    ...Object.entries(errors).map(([name, message]) => {
      const label = labelOf(name);
      return label ? { text: `${label}: ${message}`, href: `#${idOf(name)}` } : { text: message };
    }),
  ];

  return {
    values,
    setValue,
    setValues,
    field,
    idOf,
    errors,
    handleSubmit,
    submitting,
    summary: { items, attempt } satisfies FormSummary,
  };
}

export type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;
