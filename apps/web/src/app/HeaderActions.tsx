import { AuthMenu } from '../features/auth/AuthMenu';
import { useViewer } from '../features/auth/viewer';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

/** Right side of the header: notifications (signed in), the account menu, the language. */
export function HeaderActions() {
  const { viewer } = useViewer();
  return (
    <div className="header-actions">
      <HeaderSearch />
      {viewer && <NotificationBell />}
      <AuthMenu />
      <LanguageSwitch />
    </div>
  );
}
