import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../ui/Badge';
import type { ThemeData } from './queries';
import { SupportButton } from './SupportButton';
import { Card } from '../../ui/Card';
import { themeStatusTone } from './themeStatus';

/** One theme in a list: title, status, competences, where it was collected, its support — and the viewer's support. */
export function ThemeCard({ theme, canSupport, onDone }: { theme: ThemeData; canSupport: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card accent>
      <h3 className="card__title">
        <Link to={`/themas/${theme.id}`}>{theme.title}</Link>
      </h3>
      <p className="card__badges">
        <Badge tone={themeStatusTone(theme.status)}>{t(`themes.status.${theme.status}`)}</Badge>{' '}
        <span className="theme-card__count">{t('themes.supports', { count: theme.supportCount })}</span>
        {theme.viewerSupports && <span className="muted"> · {t('themes.supportedByYou')}</span>}
      </p>
      {theme.competences.length > 0 && (
        <p className="muted">{theme.competences.map((competence) => t(`competence.${competence}`)).join(' · ')}</p>
      )}
      {theme.collectedAt && (
        <p className="muted">
          <Link to={`/ontmoetingsmomenten/${theme.collectedAt.id}`}>{t('themes.collectedAt', { title: theme.collectedAt.title })}</Link>
        </p>
      )}
      {canSupport && <SupportButton theme={theme} onDone={onDone} />}
    </Card>
  );
}
