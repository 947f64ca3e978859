import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../app/i18n';
import { useLocale } from '../../lib/useLocale';
import { hintIdOf } from '../../ui/FieldError';
import { LoadError } from '../../ui/QueryState';
import { groupByType } from './groupByType';
import { ORGANISATION_OPTIONS_QUERY } from './OrganisationSelect';

/** Choose several organisations (e.g. a partnership's members): checkboxes grouped by type. */
export function OrganisationCheckboxes({
  id,
  legend,
  hint,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(ORGANISATION_OPTIONS_QUERY);
  const groups = groupByType(data?.organisations.nodes ?? [], INTL_LOCALE[locale]);

  function toggle(organisationId: string, checked: boolean) {
    onChange(checked ? [...value, organisationId] : value.filter((other) => other !== organisationId));
  }

  return (
    <fieldset id={id} className="field checkbox-group" aria-describedby={hint ? hintIdOf(id) : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintIdOf(id)} className="field__hint">
          {hint}
        </p>
      )}
      {error && <LoadError onRetry={() => void refetch()} />}
      <div className="checkbox-group__scroll">
        {groups.map((group) => (
          <fieldset key={group.type} className="checkbox-group__group">
            <legend>{t(`organisationType.${group.type}`)}</legend>
            {group.organisations.map((organisation) => {
              const checkboxId = `${id}-${organisation.id}`;
              return (
                <div key={organisation.id} className="field--checkbox">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={value.includes(organisation.id)}
                    onChange={(event) => toggle(organisation.id, event.target.checked)}
                  />
                  <label htmlFor={checkboxId}>{organisation.name}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
