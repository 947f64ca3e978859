import { PracticeStatus } from '@ln/domain';

export enum SearchType {
  THREAD = 'THREAD',
  POST = 'POST',
  THEME = 'THEME',
  MEETING = 'MEETING',
  PRACTICE = 'PRACTICE',
  ORGANISATION = 'ORGANISATION',
}

/**
 * What one kind contributes: its rows the viewer may see, a Dutch vector, a headline text and a name for typos.
 * The large tables (practice, thread, post) have a stored vector with a GIN index; the small ones compute theirs.
 */
interface KindSql {
  type: SearchType;
  table: string;
  vector: string;
  /** Text the snippet is taken from: only fields every viewer of the row may read. */
  text: string;
  /** A name matched by trigram similarity despite typos, or null. */
  name: string | null;
  visible: (member: boolean) => string;
}

const tsv = (weight: string, column: string) => `setweight(to_tsvector('dutch', coalesce(${column}, '')), '${weight}')`;

const KINDS: KindSql[] = [
  {
    type: SearchType.PRACTICE,
    table: 'practice',
    vector: 't.search_vector',
    text: `t.title || ' — ' || t.summary || ' ' || t.body`,
    name: 't.title',
    visible: (member) =>
      member
        ? `t.status in ('${PracticeStatus.PUBLISHED}', '${PracticeStatus.IN_REVIEW}')`
        : `t.visibility = 'PUBLIC' and t.status = '${PracticeStatus.PUBLISHED}'`,
  },
  {
    type: SearchType.ORGANISATION,
    table: 'organisation',
    vector: `${tsv('A', 't.name')} || ${tsv('B', 't.region')} || ${tsv('C', 't.description')}`,
    text: `t.name || ' — ' || coalesce(t.region, '') || ' ' || coalesce(t.description, '')`,
    name: 't.name',
    visible: (member) => (member ? 't.admitted_at is not null' : `t.admitted_at is not null and t.visibility = 'PUBLIC'`),
  },
  {
    type: SearchType.THEME,
    table: 'theme',
    vector: `${tsv('A', 't.title')} || ${tsv('B', 't.description')}`,
    text: `t.title || ' — ' || coalesce(t.description, '')`,
    name: 't.title',
    visible: () => 'true',
  },
  {
    type: SearchType.MEETING,
    table: 'meeting',
    vector: `${tsv('A', 't.title')} || ${tsv('B', 't.description')} || ${tsv('C', 't.location')}`,
    text: `t.title || ' — ' || coalesce(t.description, '') || ' ' || coalesce(t.location, '')`,
    name: null,
    visible: (member) => (member ? 'true' : `t.visibility = 'PUBLIC'`),
  },
  {
    type: SearchType.THREAD,
    table: 'thread',
    vector: 't.search_vector',
    text: 't.title',
    name: null,
    visible: (member) => (member ? 'true' : 'false'),
  },
  {
    type: SearchType.POST,
    table: 'post',
    vector: 't.search_vector',
    text: 't.body',
    name: null,
    visible: (member) => (member ? 't.deleted_at is null and t.hidden_at is null' : 'false'),
  },
];

/** HTML-escaped before ts_headline adds its own <mark> tags, so a snippet is safe to show as HTML. */
const escaped = (text: string) => `replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

const HEADLINE = `StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const TYPO_THRESHOLD = 0.35;

/**
 * One statement over every kind the viewer may see. Bound parameters: the query text (for websearch_to_tsquery
 * and for trigram similarity), the limit and the offset. Rows: type, id, score, snippet.
 */
export function searchSql(types: SearchType[], member: boolean): string {
  const parts = KINDS.filter((kind) => types.includes(kind.type) && kind.visible(member) !== 'false').map((kind) => {
    const typo = kind.name ? `greatest(similarity(${kind.name}, q.raw), word_similarity(q.raw, ${kind.name}))` : '0';
    return `select '${kind.type}' as type, t.id, ts_rank(${kind.vector}, q.tsq) + ${typo} * 0.5 as score,
      case when ${kind.vector} @@ q.tsq then ts_headline('dutch', ${escaped(kind.text)}, q.tsq, '${HEADLINE}')
           else left(${escaped(kind.text)}, 200) end as snippet
      from "${kind.table}" t, q
      where (${kind.visible(member)}) and (${kind.vector} @@ q.tsq or ${typo} >= ${TYPO_THRESHOLD})`;
  });
  if (parts.length === 0) return '';
  return `with q as (select websearch_to_tsquery('dutch', ?) as tsq, lower(?::text) as raw)
    select * from (${parts.join('\nunion all\n')}) hits order by score desc, id limit ? offset ?`;
}
