import type { FieldErrors } from '../../ui/formErrors';

/** The message for a form's file picker: its own check (`files`) or the API's about one file (`files.2.alt`). */
export function filesErrorOf(errors: FieldErrors): string | undefined {
  return errors['files'] ?? Object.entries(errors).find(([name]) => name.startsWith('files.'))?.[1];
}
