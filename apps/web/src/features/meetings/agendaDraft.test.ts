import { describe, expect, it } from 'vitest';
import { agendaInput, moveItem, newAgendaItem, removeItem } from './agendaDraft';

describe('agenda reorder', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('moves an item up and down', () => {
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 1, 2)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('leaves the list as it is when a move would leave it, without changing the original', () => {
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 1)).toEqual(list);
    expect(moveItem(list, 7, -1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes an item', () => {
    expect(removeItem(list, 1)).toEqual(['a', 'c', 'd']);
  });

  it('sends the agenda in its order, keeping existing ids and "no presenter" as null', () => {
    const items = [
      newAgendaItem({ id: 'x', title: ' Welkom ', presenterOrganisationId: '' }),
      newAgendaItem({ title: 'Stand van zaken', presenterOrganisationId: 'org-1' }),
    ];
    expect(agendaInput(moveItem(items, 1, -1))).toEqual([
      { id: null, title: 'Stand van zaken', presenterOrganisationId: 'org-1' },
      { id: 'x', title: 'Welkom', presenterOrganisationId: null },
    ]);
    expect(new Set(items.map((item) => item.key)).size).toBe(2);
  });
});
