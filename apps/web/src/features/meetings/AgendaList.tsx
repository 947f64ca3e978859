import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItemData } from './queries';

/** The agenda in order, with the presenting organisation. */
export function AgendaList({ agenda }: { agenda: AgendaItemData[] }) {
  const { t } = useTranslation();
  if (agenda.length === 0) return <p className="muted">{t('meetings.page.noAgenda')}</p>;
  return (
    <ol className="agenda">
      {[...agenda]
        .sort((a, b) => a.position - b.position)
        .map((item) => (
          <li key={item.id}>
            <span className="agenda__title">{item.title}</span>
            {item.presenter && (
              <>
                {' — '}
                <span className="agenda__presenter">
                  {t('meetings.page.presentedBy')} <Link to={`/organisaties/${item.presenter.id}`}>{item.presenter.name}</Link>
                </span>
              </>
            )}
          </li>
        ))}
    </ol>
  );
}
