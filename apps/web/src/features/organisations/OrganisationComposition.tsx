import type { OrganisationType } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface OrganisationLink {
  id: string;
  name: string;
  type?: OrganisationType;
}

/** "Bestaat uit" (member organisations) and "Deel van", each a list of links. */
export function OrganisationComposition({
  name,
  memberOrganisations,
  partOf,
}: {
  name: string;
  memberOrganisations: OrganisationLink[];
  partOf: OrganisationLink[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {memberOrganisations.length > 0 && (
        <LinkList label={t('organisations.consistsOf', { name })} title={t('organisations.consistsOfTitle')} items={memberOrganisations} />
      )}
      {partOf.length > 0 && <LinkList label={t('organisations.partOf', { name })} title={t('organisations.partOfTitle')} items={partOf} />}
    </>
  );
}

function LinkList({ label, title, items }: { label: string; title: string; items: OrganisationLink[] }) {
  const { t } = useTranslation();
  return (
    <div className="composition">
      <p className="composition__title">{title}</p>
      <ul aria-label={label}>
        {items.map((item) => (
          <li key={item.id}>
            <Link to={`/organisaties/${item.id}`}>{item.name}</Link>
            {item.type && <span className="muted"> ({t(`organisationType.${item.type}`)})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
