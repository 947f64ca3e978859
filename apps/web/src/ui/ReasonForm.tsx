import { useEffect, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { TextArea } from './TextField';

/**
 * A short form for a decision with a reason (reject a request, send a report back).
 * With `required`, an empty reason is refused next to the field.
 */
export function ReasonForm({
  id,
  label,
  hint,
  submitLabel,
  busy,
  required = false,
  onSubmit,
  onCancel,
}: {
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  required?: boolean;
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
    if (required && !reason.trim()) {
      setError(t('form.validation.required'));
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
