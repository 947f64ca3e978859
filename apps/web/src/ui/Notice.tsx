import type { ReactNode } from 'react';

/** A polite confirmation (role=status), e.g. "Je wachtwoord is gewijzigd." */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="notice notice--success">
      {children}
    </div>
  );
}

/** A plain, non-urgent message box. */
export function InfoNotice({ children }: { children: ReactNode }) {
  return <div className="notice notice--info">{children}</div>;
}
