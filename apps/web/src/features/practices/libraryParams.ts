import { Competence, OrganisationType } from '@ln/domain';
import type { PracticeFilter } from './queries';

export interface LibraryView {
  query: string;
  filter: PracticeFilter;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The library's view from its address: ?q=…&thema=<id>&competentie=…&soort=… (unknown values are ignored). */
export function readLibraryView(params: URLSearchParams): LibraryView {
  return {
    query: params.get('q')?.trim() ?? '',
    filter: {
      themeId: params.get('thema') || null,
      competence: oneOf(Object.values(Competence), params.get('competentie')),
      organisationType: oneOf(Object.values(OrganisationType), params.get('soort')),
    },
  };
}

const PARAM_OF = { query: 'q', themeId: 'thema', competence: 'competentie', organisationType: 'soort' } as const;

/** The address for a changed view: an empty value removes its parameter. */
export function withLibraryParam(params: URLSearchParams, name: keyof typeof PARAM_OF, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(PARAM_OF[name], value);
  else next.delete(PARAM_OF[name]);
  return next;
}

/** Search results narrowed by the same filters as the list (the search API filters by type only). */
export function matchesLibraryFilter(
  practice: { competences: string[]; theme: { id: string } | null; organisation: { type: string } | null },
  filter: PracticeFilter,
): boolean {
  if (filter.themeId && practice.theme?.id !== filter.themeId) return false;
  if (filter.competence && !practice.competences.includes(filter.competence)) return false;
  if (filter.organisationType && practice.organisation?.type !== filter.organisationType) return false;
  return true;
}
