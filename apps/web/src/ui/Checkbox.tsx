import { hintIdOf } from './FieldError';

/** A single checkbox (24 px, the whole label is the target) with its label after it and an optional hint. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={checked}
        aria-describedby={hint ? hintIdOf(id) : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintIdOf(id)} className="field__hint field--checkbox__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
