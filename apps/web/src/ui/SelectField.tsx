import type { ReactNode } from 'react';
import { controlProps, FieldFrame, type FieldProps } from './TextField';

/** A labelled <select>; pass <option>/<optgroup> elements as children. */
export function SelectField({ children, ...field }: FieldProps & { children: ReactNode }) {
  return (
    <FieldFrame {...field}>
      <select {...controlProps(field)}>{children}</select>
    </FieldFrame>
  );
}

export { CheckboxField } from './Checkbox';
