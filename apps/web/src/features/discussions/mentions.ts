/** What is being typed after an "@" just before the caret: where the "@" is and the letters after it. */
export interface MentionQuery {
  start: number;
  query: string;
}

// "@" at the start or after a space or opening bracket, then up to 40 characters of a name (no newline, no @, no
// Markdown brackets); a finished mention "@[Name](id)" does not match because of its bracket.
const TYPING_MENTION = /(?:^|[\s(])@([^\s@[\]()][^\n@[\]()]{0,39})$/u;

export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = TYPING_MENTION.exec(before);
  if (!match) return null;
  const query = match[1]!;
  if (query.trimEnd() !== query && query.trim().split(/\s+/).length > 2) return null;
  return { start: caret - query.length - 1, query: query.trim() };
}

/** Replaces the typed "@query" by the mention syntax the server understands, followed by a space. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  person: { id: string; displayName: string },
): { text: string; caret: number } {
  const name = person.displayName.replace(/[[\]\n]/g, ' ').trim();
  const inserted = `@[${name}](${person.id}) `;
  return { text: text.slice(0, mention.start) + inserted + text.slice(caret), caret: mention.start + inserted.length };
}

/** The next active option for a key in a list of `count` options (wraps around); null when the key is not a move. */
export function movedOption(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return (active - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
