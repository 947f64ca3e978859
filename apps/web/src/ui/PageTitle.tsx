import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's <title> ("… – Lerend Netwerk") and its one h1. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <h1>{title}</h1>
      {children && <p className="page-lead">{children}</p>}
    </>
  );
}
