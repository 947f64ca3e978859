import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ActionError } from '../../../ui/LiveStatus';
import { useAction } from '../../../ui/useAction';
import type { OrganisationApplication } from './queries';
import { useAdmitOrganisation } from './useAdmitOrganisation';
import { OrganisationMeta } from '../../organisations/OrganisationSummary';
import { Card } from '../../../ui/Card';

/** An organisation that applied to join, with its members; "Toelaten" admits it. */
export function ApplicationItem({ application, onDone }: { application: OrganisationApplication; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const admit = useAction(useAdmitOrganisation());
  const headingId = `application-${application.id}`;
  return (
    <Card accent aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {application.name}
      </h3>
      <OrganisationMeta type={application.type} region={application.region} />
      {application.description && <p className="prose prose--plain">{application.description}</p>}
      {application.memberOrganisations.length > 0 && (
        <ul aria-label={t('organisations.consistsOf', { name: application.name })}>
          {application.memberOrganisations.map((member) => (
            <li key={member.id}>
              {member.name} <span className="muted">({t(`organisationType.${member.type}`)})</span>
            </li>
          ))}
        </ul>
      )}
      <ActionError message={admit.error} />
      <Button
        variant="primary"
        busy={admit.busy}
        aria-label={t('admin.organisations.admitLabel', { name: application.name })}
        onClick={() => {
          void admit.run(application.id).then((done) => {
            if (done) onDone(t('admin.organisations.admitted', { name: application.name }));
          });
        }}
      >
        {t('admin.organisations.admit')}
      </Button>
    </Card>
  );
}
