import { describe, expect, it } from 'vitest';
import { groupKinds } from './kindGroups';

describe('groupKinds', () => {
  it('keeps the API’s kinds in their groups, in the groups’ order, and drops empty groups', () => {
    expect(groupKinds(['REPORT_DUE', 'MENTION', 'REPLY'])).toEqual([
      { group: 'discussions', kinds: ['MENTION', 'REPLY'] },
      { group: 'reports', kinds: ['REPORT_DUE'] },
    ]);
  });

  it('puts a kind it does not know under "other" instead of hiding it', () => {
    expect(groupKinds(['MENTION', 'SOMETHING_NEW'])).toEqual([
      { group: 'discussions', kinds: ['MENTION'] },
      { group: 'other', kinds: ['SOMETHING_NEW'] },
    ]);
  });
});
