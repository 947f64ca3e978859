import { useEffect, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { TextArea } from './TextField';
import { checkByInputRules, type InputRules, type Problem } from './validation';

/**
 * A short form for a decision with a reason (reject a request, send a report back). The reason is checked by the
 * mutation's shared rules (`inputRules`, its field `field`) before sending; with `required`, an empty reason is
 * refused too.
 */
export function ReasonForm({
  id,
  label,
  hint,
  submitLabel,
  busy,
  required = false,
  inputRules,
  field = 'reason',
  onSubmit,
  onCancel,
}: {
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  required?: boolean;
  inputRules: InputRules;
  /** The reason's name in the mutation's input (`reason`, `remark`). */
  field?: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const fieldId = `${id}-reason`;

  // The form opens on a button press: the reason is the next thing to write.
  useEffect(() => document.getElementById(fieldId)?.focus(), [fieldId]);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem: Problem | undefined =
      required && !reason.trim() ? { key: 'required' } : checkByInputRules(inputRules, { [field]: reason })[field];
    if (problem) {
      setError(t(`form.validation.${problem.key}`, problem));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(undefined);
    void onSubmit(reason.trim());
  }

  return (
    <form className="reason-form" noValidate onSubmit={submit} aria-label={submitLabel}>
      <TextArea
        id={fieldId}
        name="reason"
        label={label}
        hint={hint}
        value={reason}
        onChange={setReason}
        error={error}
        required={required}
        rows={3}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
