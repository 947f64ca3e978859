import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NotFound } from '../../lib/NotFound';
import { ButtonLink } from '../../ui/Button';
import { PageTitle } from '../../ui/PageTitle';
import { loginPathFor } from './returnPath';
import { useViewer } from './viewer';

/** "Meld je aan om deze pagina te zien", with a sign-in button that comes back to this page. */
export function SignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  return (
    <div className="narrow">
      <PageTitle title={t('shell.membersOnlyTitle')} />
      <p>{t('shell.membersOnlyBody')}</p>
      <p className="actions">
        <ButtonLink to={loginPathFor(here)} variant="primary">
          {t('shell.membersOnlyLogin')}
        </ButtonLink>
        <Link to="/registreren">{t('shell.membersOnlyRegister')}</Link>
      </p>
    </div>
  );
}

/**
 * What a page shows when the API returns nothing for its address: to someone signed
 * out it may well be for members only (a link from an e-mail), so they are asked to
 * sign in and come back; to someone signed in it does not exist (for them).
 */
export function NotFoundOrSignIn() {
  const { viewer, known } = useViewer();
  if (known && !viewer) return <SignInPrompt />;
  return <NotFound />;
}
