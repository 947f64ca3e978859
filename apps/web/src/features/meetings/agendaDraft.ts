/** An agenda item being edited: `id` for an item that already exists (it keeps its discussions). */
export interface AgendaDraftItem {
  /** Stable key for React while the list is reordered. */
  key: string;
  id: string | null;
  title: string;
  presenterOrganisationId: string;
}

let nextKey = 0;
export function newAgendaItem(fields: Partial<Omit<AgendaDraftItem, 'key'>> = {}): AgendaDraftItem {
  nextKey += 1;
  return { key: `agenda-${nextKey}`, id: null, title: '', presenterOrganisationId: '', ...fields };
}

/** The list with the item at `index` moved by `delta` places; unchanged when it would leave the list. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/** The agenda as the API takes it, in order (positions 1..n); the index matches the API's `agenda.<n>.title` errors. */
export function agendaInput(items: readonly AgendaDraftItem[]) {
  return items.map((item) => ({ id: item.id, title: item.title.trim(), presenterOrganisationId: item.presenterOrganisationId || null }));
}
