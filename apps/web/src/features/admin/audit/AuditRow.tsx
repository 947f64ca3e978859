import { AuditAction } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../lib/dateFormat';
import { useLocale } from '../../../lib/useLocale';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';

export const AUDIT_ROW_FRAGMENT = graphql(`
  fragment AuditRow_entry on AuditEntry {
    id
    at
    action
    actorId
    actorName
    personId
    personName
    organisationId
    organisationName
    subjectType
    subjectId
    details {
      name
      value
    }
  }
`);

/** Lines that no one signed in did (a lockout, a reset through a mailed link); elsewhere no actor is a deleted account. */
const BY_THE_PLATFORM = new Set<string>([AuditAction.LOGIN_THROTTLED, AuditAction.PASSWORD_RESET]);

/** One line of the log as a table row; a name filters the log on that person. */
export function AuditRow({
  entry: source,
  onPerson,
}: {
  entry: FragmentType<typeof AUDIT_ROW_FRAGMENT>;
  onPerson: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entry = getFragmentData(AUDIT_ROW_FRAGMENT, source);

  const person = (id: string | null, name: string | null, fallback: string) =>
    id && name ? (
      <Button variant="link" onClick={() => onPerson(id, name)} title={t('admin.audit.filterByPerson', { name })}>
        {name}
      </Button>
    ) : (
      <span className="muted">{fallback}</span>
    );

  return (
    <tr>
      <td>
        <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
      </td>
      <td>{t(`admin.audit.actions.${entry.action}`)}</td>
      <td>
        {person(entry.actorId, entry.actorName, t(BY_THE_PLATFORM.has(entry.action) ? 'admin.audit.system' : 'admin.audit.formerMember'))}
      </td>
      <td>
        {entry.personId && person(entry.personId, entry.personName, t('admin.audit.formerMember'))}
        {entry.organisationName && <div>{entry.organisationName}</div>}
      </td>
      <td>
        <dl className="audit-details">
          {entry.details.map((detail) => (
            <div key={detail.name}>
              <dt>{t(`admin.audit.detail.${detail.name}`, { defaultValue: detail.name })}</dt>
              <dd>
                {detail.name === 'threadId' ? <Link to={`/discussies/${detail.value}`}>{t('profile.moderation.open')}</Link> : detail.value}
              </dd>
            </div>
          ))}
        </dl>
      </td>
    </tr>
  );
}
