import { AuditAction } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { apiFilter, csvHref, filterFromSearch, searchFromFilter } from './auditFilter';

describe('the audit log filter in the address', () => {
  it('reads the address, dropping an unknown action and a date that is not one', () => {
    const filter = filterFromSearch(new URLSearchParams('persoon=p1&naam=An&actie=DROP_TABLE&van=2026-02-30&tot=2026-11-30'));
    expect(filter).toEqual({ personId: 'p1', personName: 'An', organisationId: '', action: '', from: '', to: '2026-11-30' });
    expect(searchFromFilter({ ...filter, action: AuditAction.POST_HIDDEN }).toString()).toBe(
      'persoon=p1&naam=An&actie=POST_HIDDEN&tot=2026-11-30',
    );
  });

  it('asks the API for Brussels days, the last one included (winter: UTC+1, summer: UTC+2)', () => {
    const filter = filterFromSearch(new URLSearchParams('van=2026-11-01&tot=2026-11-30'));
    expect(apiFilter(filter)).toEqual({
      personId: null,
      organisationId: null,
      action: null,
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-30T23:00:00.000Z',
    });
    expect(apiFilter(filterFromSearch(new URLSearchParams('tot=2026-06-30'))).to).toBe('2026-06-30T22:00:00.000Z');
  });

  it('downloads the same lines as CSV', () => {
    expect(csvHref(filterFromSearch(new URLSearchParams('actie=ROLE_CHANGED&persoon=p1')))).toBe(
      '/audit/log.csv?personId=p1&action=ROLE_CHANGED',
    );
    expect(csvHref(filterFromSearch(new URLSearchParams()))).toBe('/audit/log.csv');
  });
});
