/** Whether a string read from a form control, the address or an answer is one of `values` (an enum's, a list's). */
export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return (values as readonly (string | null | undefined)[]).includes(value);
}
