import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { useLogoutEverywhere } from '../auth/useLogout';

/** On /profiel: end every session of this person (a lost phone, a shared computer). */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const { logoutEverywhere } = useLogoutEverywhere();
  const action = useAction(logoutEverywhere);
  return (
    <section aria-labelledby="profile-security" className="section">
      <h2 id="profile-security">{t('profile.security.title')}</h2>
      <p>{t('profile.security.lead')}</p>
      <Button busy={action.busy} onClick={() => void action.run()}>
        {t('profile.security.everywhere')}
      </Button>
      <ActionError message={action.error} />
    </section>
  );
}
