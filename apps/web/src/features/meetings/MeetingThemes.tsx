import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../ui/Badge';
import type { MeetingThemeData } from './queries';
import { themeStatusTone } from '../themes/themeStatus';

/** Themes collected at the meeting, most supported first, linking to their pages. */
export function MeetingThemes({ themes }: { themes: MeetingThemeData[] }) {
  const { t } = useTranslation();
  if (themes.length === 0) return <p className="muted">{t('meetings.page.noThemes')}</p>;
  return (
    <ul className="meeting-themes">
      {themes.map((theme) => (
        <li key={theme.id}>
          <Link to={`/themas/${theme.id}`}>{theme.title}</Link>{' '}
          <Badge tone={themeStatusTone(theme.status)}>{t(`meetings.themeStatus.${theme.status}`)}</Badge>{' '}
          <span className="muted">{t('meetings.page.supports', { count: theme.supportCount })}</span>
        </li>
      ))}
    </ul>
  );
}
