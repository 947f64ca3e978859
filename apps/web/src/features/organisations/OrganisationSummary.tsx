import type { OrganisationType } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../ui/Badge';

/** "Welzijnsregio · Limburg" */
export function OrganisationMeta({ type, region }: { type: OrganisationType; region: string | null }) {
  const { t } = useTranslation();
  return (
    <p className="muted">
      {t(`organisationType.${type}`)}
      {region && <> · {region}</>}
    </p>
  );
}

/** Type and region, the subsidy badge and the link to the organisation's pilot project. */
export function OrganisationSummary({
  organisation,
}: {
  organisation: { type: OrganisationType; region: string | null; subsidised: boolean; pilotProject: { id: string; title: string } | null };
}) {
  const { t } = useTranslation();
  const { pilotProject } = organisation;
  return (
    <>
      <OrganisationMeta type={organisation.type} region={organisation.region} />
      {organisation.subsidised && (
        <p>
          <Badge tone="success">{t('badge.subsidised')}</Badge>
        </p>
      )}
      {pilotProject && (
        <p>
          <Link to={`/projecten/${pilotProject.id}`}>{t('organisations.pilotProject', { title: pilotProject.title })}</Link>
        </p>
      )}
    </>
  );
}
