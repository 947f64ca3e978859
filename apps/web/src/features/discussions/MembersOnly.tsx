import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireMember } from '../auth/guards';

/** Discussions are for members: others sign in, or read that they are for members. */
export function MembersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <RequireMember message={t('discussions.membersOnly')}>{children}</RequireMember>;
}
