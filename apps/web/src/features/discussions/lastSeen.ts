// When the person last saw each thread, kept in this browser (localStorage): posts
// newer than that get a "nieuw" marker, threads with activity since then are marked.
// Times are the server's (createdAt, lastActivityAt), so the device clock does not matter.

const STORAGE_KEY = 'ln.discussions.lastSeen';
/** The most threads remembered; the least recently seen are forgotten first. */
const MAX_THREADS = 500;

type SeenMap = Record<string, string>;

function readAll(): SeenMap {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as SeenMap) : {};
  } catch {
    return {};
  }
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/** When the thread was last seen, or undefined when never (in this browser). */
export function readLastSeen(threadId: string): string | undefined {
  const value = readAll()[threadId];
  return typeof value === 'string' ? value : undefined;
}

/** Remembers that everything up to `seenAt` was seen (never moves back in time). */
export function markSeen(threadId: string, seenAt: string): void {
  const all = readAll();
  if (time(all[threadId]) >= time(seenAt)) return;
  all[threadId] = seenAt;
  const entries = Object.entries(all)
    .sort(([, a], [, b]) => time(b) - time(a))
    .slice(0, MAX_THREADS);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full or blocked: the markers are a convenience.
  }
}

/** A thread has news when it was never seen here, or something happened after. */
export function hasActivitySince(lastActivityAt: string, lastSeen: string | undefined): boolean {
  return lastSeen === undefined || time(lastActivityAt) > time(lastSeen);
}

/** A post is new for this reader when someone else wrote it after the last visit (not on a first visit). */
export function isUnread(post: { createdAt: string; author: { id: string } }, lastSeen: string | undefined, viewerId: string): boolean {
  return lastSeen !== undefined && post.author.id !== viewerId && time(post.createdAt) > time(lastSeen);
}

/** The latest of the given times (ISO), e.g. to remember what a visit saw. */
export function latest(times: readonly string[]): string | undefined {
  return times.reduce<string | undefined>((max, iso) => (time(iso) > time(max) ? iso : max), undefined);
}
