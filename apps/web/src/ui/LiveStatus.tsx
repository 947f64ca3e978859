/**
 * A polite live region that is always in the page, so that screen readers announce
 * the message put into it after an action ("Aanvraag goedgekeurd.").
 */
export function LiveStatus({ message }: { message: string | undefined }) {
  return (
    <p role="status" className={message ? 'notice notice--success' : 'live-status--empty'}>
      {message}
    </p>
  );
}

/** An action's error, announced at once. */
export function ActionError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="notice notice--error">
      {message}
    </p>
  );
}
