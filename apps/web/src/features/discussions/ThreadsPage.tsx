import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { ThreadList } from './ThreadList';

/** /discussies — every thread the member can see, most recent activity first. */
export function ThreadsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('discussions.title')}>{t('discussions.lead')}</PageTitle>
      <p>{t('discussions.startWhere')}</p>
      <ThreadList showStart={false} headingLevel={2} />
    </>
  );
}
