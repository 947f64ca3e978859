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

/**
 * Replaces the typed "@query" in the shown text by "@Name " and puts the caret after it;
 * `mention` (name and id) turns it into the server's syntax (see toRaw).
 */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  person: { id: string; displayName: string },
): { text: string; caret: number; mention: Mention } {
  const name = person.displayName.replace(/[[\]\n]/g, ' ').trim();
  const inserted = `@${name} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(caret),
    caret: mention.start + inserted.length,
    mention: { name, id: person.id },
  };
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

/** A mention in the text: the name shown and the person's id (kept out of sight in the text box). */
export interface Mention {
  name: string;
  id: string;
}

const MENTION_SYNTAX = /@\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** The mentions in a text in the server's syntax `@[Name](id)`. */
export function mentionsIn(raw: string): Mention[] {
  return [...raw.matchAll(MENTION_SYNTAX)].map((match) => ({ name: match[1]!, id: match[2]! }));
}

/** What the text box shows: `@Name` for every `@[Name](id)`. */
export function toDisplay(raw: string): string {
  return raw.replace(MENTION_SYNTAX, (_, name: string) => `@${name}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Back from what the text box shows to the server's syntax: every `@Name` of a known
 * mention (longest names first) that is not followed by more letters becomes `@[Name](id)`;
 * a name that was edited is plain text again.
 */
export function toRaw(display: string, mentions: Mention[]): string {
  const byName = new Map(mentions.map((mention) => [mention.name, mention.id]));
  if (byName.size === 0) return display;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`@(${names.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  return display.replace(pattern, (_, name: string) => `@[${name}](${byName.get(name)})`);
}

/** Whether `start` (the "@" being typed at) begins a mention that is already complete in the shown text. */
export function isCompleteMention(display: string, start: number, mentions: Mention[]): boolean {
  return mentions.some((mention) => display.startsWith(`@${mention.name}`, start));
}
