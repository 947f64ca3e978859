import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError, hintIdOf } from './FieldError';

export interface FieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

/** Label, hint and error of one field around its control. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: Pick<FieldProps, 'id' | 'label' | 'hint' | 'error'> & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintIdOf(id)} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError fieldId={id} message={error} />
      {children}
    </div>
  );
}

/** The attributes every control of a field shares: name, value, change handler, required, described-by. */
export function controlProps({ id, name, value, onChange, required, hint, error }: FieldProps) {
  return {
    id,
    name,
    value,
    required,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    ...describedBy(id, hint, error),
  };
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange'>;

/** A labelled text input whose error is linked with aria-describedby and aria-invalid. */
export function TextField({ id, name, label, value, onChange, error, hint, required, ...input }: FieldProps & InputProps) {
  const field = { id, name, label, value, onChange, error, hint, required };
  return (
    <FieldFrame {...field}>
      <input {...input} {...controlProps(field)} />
    </FieldFrame>
  );
}

/** A labelled multi-line text field. */
export function TextArea({ rows = 4, ...field }: FieldProps & { rows?: number }) {
  return (
    <FieldFrame {...field}>
      <textarea rows={rows} {...controlProps(field)} />
    </FieldFrame>
  );
}
