import { LIMITS } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { TextField, type FieldProps } from '../../ui/TextField';

/** A password to choose (register, reset): the browser may suggest one, the hint says how long. */
export function NewPasswordField({ hint, ...field }: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...field}
      type="password"
      autoComplete="new-password"
      hint={hint ?? t('auth.passwordHint', { min: LIMITS.passwordMinLength })}
      required
    />
  );
}
