import { useTranslation } from 'react-i18next';

/** The id of a field's error text, for the field's aria-describedby. */
export const errorIdOf = (fieldId: string) => `${fieldId}-error`;
export const hintIdOf = (fieldId: string) => `${fieldId}-hint`;

/** The error next to a field; the field points at it with aria-describedby. */
export function FieldError({ fieldId, message }: { fieldId: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={errorIdOf(fieldId)} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

/** aria-describedby and aria-invalid for a field with an optional hint and error. */
export function describedBy(id: string, hint: unknown, error: string | undefined) {
  const ids = [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean).join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': error ? (true as const) : undefined,
  };
}
