import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/QueryState';
import { GROUP_ORDER, groupOrganisations } from './groupOrganisations';
import { getFragmentData } from '../../gql';
import type { MembersPageQuery } from '../../gql/graphql';
import { ORGANISATION_ITEM_FRAGMENT, OrganisationItem } from './OrganisationItem';
import { INTL_LOCALE, currentLocale } from '../../app/i18n';

/** "Leden van het netwerk": top-level organisations by group, members nested. */
export function MembersSection({
  totalCount,
  ...props
}: {
  organisations: MembersPageQuery['organisations']['nodes'];
  totalCount: number;
}) {
  const organisations = getFragmentData(ORGANISATION_ITEM_FRAGMENT, props.organisations);
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALE[currentLocale(i18n.resolvedLanguage ?? i18n.language)];
  const groups = groupOrganisations(organisations, locale);

  return (
    <section id="leden" aria-label={t('landing.membersTitle')}>
      {organisations.length === 0 ? (
        <EmptyState>{t('landing.membersEmpty')}</EmptyState>
      ) : (
        <>
          <p className="section__intro">{t('landing.membersCount', { count: totalCount })}</p>
          {GROUP_ORDER.filter((key) => groups[key].length > 0).map((key) => (
            <section key={key} aria-labelledby={`leden-${key}`} className="organisation-group">
              <h2 id={`leden-${key}`}>{t(`landing.groups.${key}`)}</h2>
              <ul className="card-list">
                {groups[key].map((organisation) => (
                  <OrganisationItem key={organisation.id} organisation={organisation} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
