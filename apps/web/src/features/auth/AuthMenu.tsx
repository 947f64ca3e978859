import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDisclosure } from '../../ui/useDisclosure';
import { useLogout } from './useLogout';
import { isStaff, useViewer, type Viewer } from './viewer';

/** Header: "Aanmelden" / "Registreren", or the signed-in person's name opening a menu. */
export function AuthMenu() {
  const { t } = useTranslation();
  const { viewer, known } = useViewer();
  if (!known) return null;
  if (!viewer) {
    return (
      <ul className="auth-links">
        <li>
          <Link to="/aanmelden">{t('auth.login.title')}</Link>
        </li>
        <li>
          <Link to="/registreren">{t('auth.register.title')}</Link>
        </li>
      </ul>
    );
  }
  return <ViewerMenu viewer={viewer} />;
}

/** A disclosure (button + list of links): simpler for keyboard and screen readers than an ARIA menu. */
function ViewerMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { logout, loading } = useLogout();
  const menu = useDisclosure();

  return (
    <div className="viewer-menu" {...menu.rootProps}>
      <button className="viewer-menu__button" {...menu.buttonProps}>
        <span className="visually-hidden">{t('auth.menu.label')} </span>
        {viewer.displayName}
      </button>
      <ul className="viewer-menu__list" {...menu.panelProps}>
        <li>
          <Link to="/profiel">{t('auth.menu.profile')}</Link>
        </li>
        <li>
          <Link to="/ledenruimte">{t('auth.menu.membersArea')}</Link>
        </li>
        {isStaff(viewer.role) && (
          <li>
            <Link to="/beheer">{t('auth.menu.admin')}</Link>
          </li>
        )}
        <li>
          <button type="button" aria-busy={loading || undefined} onClick={() => void logout().catch(menu.close)}>
            {t('auth.menu.logout')}
          </button>
        </li>
      </ul>
    </div>
  );
}
