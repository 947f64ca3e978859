import type { ReactNode, SubmitEvent } from 'react';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import type { FormSummary } from './useForm';

/**
 * A form with the error summary on top and one submit button below. `noValidate`:
 * our own checks and messages (in the UI language) replace the browser's bubbles.
 */
export function Form({
  summary,
  onSubmit,
  submitting,
  submitLabel,
  label,
  children,
}: {
  summary: FormSummary;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  submitting: boolean;
  submitLabel: string;
  /** Accessible name of the form, when there is more than one on a page. */
  label?: string;
  children: ReactNode;
}) {
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={label}>
      <ErrorSummary items={summary.items} attempt={summary.attempt} />
      {children}
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
