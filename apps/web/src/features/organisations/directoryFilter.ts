import { OrganisationType } from '@ln/domain';
import { isOneOf } from '../../ui/oneOf';

/** The directory's filter as it stands in the address: ?type=OCMW&gesubsidieerd=ja&naam=lim */
export interface DirectoryFilter {
  type: OrganisationType | '';
  subsidised: 'ja' | 'nee' | '';
  name: string;
}

const TYPES = Object.values(OrganisationType);

export function filterFromParams(params: URLSearchParams): DirectoryFilter {
  const type = params.get('type') ?? '';
  const subsidised = params.get('gesubsidieerd') ?? '';
  return {
    type: isOneOf(TYPES, type) ? type : '',
    subsidised: subsidised === 'ja' || subsidised === 'nee' ? subsidised : '',
    name: (params.get('naam') ?? '').trim(),
  };
}

export function paramsFromFilter(filter: DirectoryFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.subsidised) params.set('gesubsidieerd', filter.subsidised);
  if (filter.name.trim()) params.set('naam', filter.name.trim());
  return params;
}

/** The API's OrganisationFilter: only what is set. */
export function apiFilter(filter: DirectoryFilter) {
  return {
    ...(filter.type ? { types: [filter.type] } : {}),
    ...(filter.subsidised ? { subsidised: filter.subsidised === 'ja' } : {}),
    ...(filter.name ? { nameContains: filter.name } : {}),
  };
}
