import './audit.css';
import { useQuery } from '@apollo/client/react';
import { AuditAction } from '@ln/domain';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { pageInfoOf } from '../../../lib/pageInfo';
import { Button, buttonClass } from '../../../ui/Button';
import { ActionError } from '../../../ui/LiveStatus';
import { QueryResult } from '../../../ui/QueryState';
import { useAction } from '../../../ui/useAction';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { TableScroll } from '../../../ui/TableScroll';
import { OrganisationSelect } from '../../organisations/OrganisationSelect';
import { apiFilter, csvHref, filterFromSearch, isAuditAction, searchFromFilter, type AuditFilterParams } from './auditFilter';
import { AuditRow } from './AuditRow';
import { AUDIT_LOG_QUERY } from './queries';

const PAGE_SIZE = 50;

/** /beheer/logboek — admins read the audit trail: filter, page through, download as CSV. */
export function AuditLogPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const [draft, setDraft] = useState<AuditFilterParams>(filter);
  const variables = { filter: apiFilter(filter), first: PAGE_SIZE };
  const { data, error, refetch, fetchMore } = useQuery(AUDIT_LOG_QUERY, { variables, fetchPolicy: 'cache-and-network' });
  // The next page is appended to the list already shown.
  const more = useAction((after: string | null) =>
    fetchMore({
      variables: { ...variables, after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: { ...fetchMoreResult.auditLog, nodes: [...previous.auditLog.nodes, ...fetchMoreResult.auditLog.nodes] },
      }),
    }),
  );

  function apply(next: AuditFilterParams) {
    setDraft(next);
    setSearch(searchFromFilter(next));
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(draft);
  }

  return (
    <section aria-labelledby="admin-audit" className="section">
      <h2 id="admin-audit">{t('admin.audit.title')}</h2>
      <p className="muted">{t('admin.audit.lead')}</p>
      <form className="toolbar audit-filter" onSubmit={submit} aria-label={t('admin.audit.apply')}>
        <OrganisationSelect
          id="audit-organisation"
          name="organisation"
          label={t('admin.audit.organisation')}
          emptyLabel={t('admin.audit.allOrganisations')}
          value={draft.organisationId}
          onChange={(organisationId) => setDraft({ ...draft, organisationId })}
        />
        <SelectField
          id="audit-action"
          name="action"
          label={t('admin.audit.action')}
          value={draft.action}
          onChange={(value) => setDraft({ ...draft, action: isAuditAction(value) ? value : '' })}
        >
          <option value="">{t('admin.audit.allActions')}</option>
          {Object.values(AuditAction).map((action) => (
            <option key={action} value={action}>
              {t(`admin.audit.actions.${action}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="audit-from"
          name="from"
          type="date"
          label={t('admin.audit.from')}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          id="audit-to"
          name="to"
          type="date"
          label={t('admin.audit.to')}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <Button type="submit" variant="primary">
          {t('admin.audit.apply')}
        </Button>
      </form>
      {filter.personId && (
        <p>
          {t('admin.audit.personFilter', { name: filter.personName || filter.personId })}{' '}
          <Button variant="link" onClick={() => apply({ ...filter, personId: '', personName: '' })}>
            {t('admin.audit.clearPerson')}
          </Button>
        </p>
      )}
      <QueryResult
        data={
          data
            ? { nodes: data.auditLog.nodes, totalCount: data.auditLog.totalCount, pageInfo: pageInfoOf(data.auditLog.pageInfo) }
            : undefined
        }
        error={error}
        onRetry={refetch}
        isEmpty={(log) => log.nodes.length === 0}
        empty={t('admin.audit.empty')}
      >
        {(log) => (
          <>
            <p className="toolbar">
              <span role="status">{t('admin.audit.count', { count: log.totalCount })}</span>
              <a className={buttonClass('secondary')} href={csvHref(filter)} download>
                {t('admin.audit.download')}
              </a>
            </p>
            <TableScroll label={t('admin.audit.caption')}>
              <table className="table">
                <caption className="visually-hidden">{t('admin.audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.audit.at')}</th>
                    <th scope="col">{t('admin.audit.action')}</th>
                    <th scope="col">{t('admin.audit.actor')}</th>
                    <th scope="col">{t('admin.audit.subject')}</th>
                    <th scope="col">{t('admin.audit.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.nodes.map((entry) => (
                    <AuditRow
                      key={entry.id}
                      entry={entry}
                      onPerson={(personId, personName) => apply({ ...filter, personId, personName })}
                    />
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {log.pageInfo.hasNextPage && (
              <Button busy={more.busy} onClick={() => void more.run(log.pageInfo.endCursor)}>
                {t('admin.audit.more')}
              </Button>
            )}
            <ActionError message={more.error} />
          </>
        )}
      </QueryResult>
    </section>
  );
}
