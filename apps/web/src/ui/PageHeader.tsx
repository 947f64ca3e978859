import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The top of a page: its <title> ("… – Lerend Netwerk"), its one h1, an optional lead
 * text, what it is about (`eyebrow`, e.g. a link to the theme) and its main actions.
 */
export function PageHeader({
  title,
  lead,
  eyebrow,
  actions,
  meta,
}: {
  title: string;
  lead?: ReactNode;
  eyebrow?: ReactNode;
  actions?: ReactNode;
  meta?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      <title>{`${title} – ${t('site.name')}`}</title>
      {eyebrow && <div className="page-header__eyebrow">{eyebrow}</div>}
      <div className="page-header__row">
        <h1 className="page-header__title">{title}</h1>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {meta && <div className="page-header__meta">{meta}</div>}
      {lead && <p className="page-lead">{lead}</p>}
    </header>
  );
}
