import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

/** The page's <title> ("… – Lerend Netwerk") and its one h1, with an optional lead text. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  return <PageHeader title={title} lead={children} />;
}
