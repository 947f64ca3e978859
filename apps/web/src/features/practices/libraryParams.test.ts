import { Competence, OrganisationType } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { matchesLibraryFilter, readLibraryView, withLibraryParam } from './libraryParams';

describe('the library’s address', () => {
  it('reads the search and the filters, ignoring unknown values', () => {
    expect(readLibraryView(new URLSearchParams('q=+onthaal+&thema=t1&competentie=COMMUNICATION&soort=OCMW'))).toEqual({
      query: 'onthaal',
      filter: { themeId: 't1', competence: 'COMMUNICATION', organisationType: 'OCMW' },
    });
    expect(readLibraryView(new URLSearchParams('competentie=HACK&soort=<x>')).filter).toEqual({
      themeId: null,
      competence: null,
      organisationType: null,
    });
  });

  it('sets and removes one parameter, keeping the others', () => {
    const params = new URLSearchParams('q=taal&soort=OCMW');
    expect(withLibraryParam(params, 'competence', 'STRATEGIC_THINKING').toString()).toBe(
      'q=taal&soort=OCMW&competentie=STRATEGIC_THINKING',
    );
    expect(withLibraryParam(params, 'organisationType', null).toString()).toBe('q=taal');
  });

  it('narrows search results by the same filters', () => {
    const practice = { competences: ['COMMUNICATION'], theme: { id: 't1' }, organisation: { type: 'OCMW' } };
    expect(
      matchesLibraryFilter(practice, { themeId: 't1', competence: Competence.COMMUNICATION, organisationType: OrganisationType.OCMW }),
    ).toBe(true);
    expect(matchesLibraryFilter(practice, { organisationType: OrganisationType.MUNICIPALITY })).toBe(false);
    expect(matchesLibraryFilter(practice, { themeId: 't2' })).toBe(false);
  });
});
