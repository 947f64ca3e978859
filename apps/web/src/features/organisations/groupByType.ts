import { OrganisationType } from '@ln/domain';

/** The order of organisation types in choices and filters: the cooperations first. */
export const TYPE_ORDER: readonly OrganisationType[] = [
  OrganisationType.PARTNERSHIP,
  OrganisationType.WELFARE_REGION,
  OrganisationType.MUNICIPALITY,
  OrganisationType.OCMW,
  OrganisationType.AGENCY,
  OrganisationType.ASSOCIATION,
  OrganisationType.OTHER,
];

/** Organisations in groups by type (in TYPE_ORDER, empty groups left out), each sorted by name. */
export function groupByType<T extends { name: string; type: OrganisationType }>(
  organisations: readonly T[],
  locale: string,
): { type: OrganisationType; organisations: T[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return TYPE_ORDER.map((type) => ({
    type,
    organisations: organisations.filter((o) => o.type === type).sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((group) => group.organisations.length > 0);
}
