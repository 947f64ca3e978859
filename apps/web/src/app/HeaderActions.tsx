import { AuthMenu } from '../features/auth/AuthMenu';
import { useViewer } from '../features/auth/viewer';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * Right side of the header: search, notifications (signed in), the account menu, the
 * language. Until the viewer is known the account's place is kept, so nothing shifts.
 */
export function HeaderActions() {
  const { viewer, known } = useViewer();
  return (
    <div className="header-actions">
      <HeaderSearch />
      {viewer && <NotificationBell />}
      {known ? <AuthMenu /> : <span className="auth-placeholder" aria-hidden="true" />}
      <LanguageSwitch />
    </div>
  );
}
