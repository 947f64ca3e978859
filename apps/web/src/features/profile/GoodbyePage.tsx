import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { PageTitle } from '../../ui/PageTitle';

/** /tot-ziens — after leaving the network: when the account goes, and how to change one's mind. */
export function GoodbyePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const until = params.get('tot');
  const date = until && !Number.isNaN(Date.parse(until)) ? formatDateTime(until, locale) : null;
  return (
    <div className="narrow">
      <PageTitle title={t('profile.goodbye.title')}>
        {date ? t('profile.goodbye.lead', { date }) : t('profile.goodbye.leadNoDate')}
      </PageTitle>
      <p>{t('profile.goodbye.changeMind')}</p>
      <p>
        <Link to="/aanmelden">{t('profile.goodbye.signIn')}</Link>
      </p>
    </div>
  );
}
