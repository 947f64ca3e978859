import type { ReactNode } from 'react';
import { controlProps, FieldFrame, type FieldProps } from './TextField';

/** A labelled <select>; pass <option>/<optgroup> elements as children. */
export function SelectField({ children, ...field }: FieldProps & { children: ReactNode }) {
  return (
    <FieldFrame {...field}>
      <select {...controlProps<HTMLSelectElement>(field)}>{children}</select>
    </FieldFrame>
  );
}

/** A single checkbox with its label after it. */
export function CheckboxField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
