import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../app/i18n';
import { useLocale } from '../../lib/useLocale';
import { SelectField } from '../../ui/SelectField';
import type { FieldProps } from '../../ui/TextField';
import { groupByType } from './groupByType';
import { graphql } from '../../gql';
import type { OrganisationOptionsQuery } from '../../gql/graphql';

export type OrganisationOption = OrganisationOptionsQuery['organisations']['nodes'][number];

export const ORGANISATION_OPTIONS_QUERY = graphql(`
  query OrganisationOptions {
    organisations(first: 100) {
      nodes {
        id
        name
        type
      }
    }
  }
`);

/** A choice of the network's organisations, grouped by type; the first option is "none". */
export function OrganisationSelect({
  emptyLabel,
  exclude = [],
  ...field
}: FieldProps & { emptyLabel?: string; exclude?: readonly string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error } = useQuery(ORGANISATION_OPTIONS_QUERY);
  const options = (data?.organisations.nodes ?? []).filter((option) => !exclude.includes(option.id));
  const groups = groupByType(options, INTL_LOCALE[locale]);

  return (
    <SelectField {...field} error={field.error ?? (error ? t('common.loadError') : undefined)}>
      <option value="">{emptyLabel ?? t('organisations.select.none')}</option>
      {groups.map((group) => (
        <optgroup key={group.type} label={t(`organisationType.${group.type}`)}>
          {group.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
