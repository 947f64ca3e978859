import { AuditAction } from '@ln/domain';
import { fromBrusselsLocal, isValidDate } from '../../meetings/brusselsTime';

/** The log's filter as it stands in the address (`/beheer/logboek?persoon=…&actie=…&van=…&tot=…`), so it can be shared. */
export interface AuditFilterParams {
  personId: string;
  personName: string;
  organisationId: string;
  action: AuditAction | '';
  from: string;
  to: string;
}

const PARAM = { personId: 'persoon', personName: 'naam', organisationId: 'organisatie', action: 'actie', from: 'van', to: 'tot' } as const;

const ACTIONS = new Set<string>(Object.values(AuditAction));

export function isAuditAction(value: string): value is AuditAction {
  return ACTIONS.has(value);
}

export function filterFromSearch(search: URLSearchParams): AuditFilterParams {
  const value = (key: keyof typeof PARAM) => search.get(PARAM[key]) ?? '';
  const action = value('action');
  return {
    personId: value('personId'),
    personName: value('personName'),
    organisationId: value('organisationId'),
    action: isAuditAction(action) ? action : '',
    from: isValidDate(value('from')) ? value('from') : '',
    to: isValidDate(value('to')) ? value('to') : '',
  };
}

export function searchFromFilter(filter: AuditFilterParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(PARAM) as Array<keyof typeof PARAM>) if (filter[key]) search.set(PARAM[key], filter[key]);
  return search;
}

/** The day after a Brussels date (YYYY-MM-DD): "up to and including" a day is "before the next one". */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The API's AuditFilter: days are Brussels days, `to` includes its whole day. */
export function apiFilter(filter: AuditFilterParams) {
  return {
    personId: filter.personId || null,
    organisationId: filter.organisationId || null,
    action: filter.action || null,
    from: filter.from ? (fromBrusselsLocal({ date: filter.from, time: '00:00' }) ?? null) : null,
    to: filter.to ? (fromBrusselsLocal({ date: nextDay(filter.to), time: '00:00' }) ?? null) : null,
  };
}

/** The CSV download of the same lines (`/audit/log.csv`, the session cookie signs it). */
export function csvHref(filter: AuditFilterParams): string {
  const api = apiFilter(filter);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(api)) if (value) search.set(key, value);
  const query = search.toString();
  return `/audit/log.csv${query ? `?${query}` : ''}`;
}
