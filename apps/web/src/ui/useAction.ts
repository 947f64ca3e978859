import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readRequestProblem } from './formErrors';

/**
 * A button's action (approve, admit, mark read …): busy while it runs, and a
 * translated error message when it fails (shown by the caller in an alert).
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run(...args: A): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    try {
      await action(...args);
      return true;
    } catch (caught) {
      const problem = readRequestProblem(caught);
      const fieldMessages = Object.values(problem.fields);
      setError(fieldMessages.length > 0 ? fieldMessages.join(' ') : t(`errors.${problem.code}`));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { run, busy, error };
}
