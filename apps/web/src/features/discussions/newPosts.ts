import { OPTIMISTIC_PREFIX } from './optimistic';

export interface PostOfSomeone {
  id: string;
  author: { id: string };
}

/**
 * Which posts the page shows and which wait behind the "n nieuwe bijdragen" bar:
 * posts of others that arrived after the page was shown (live, or fetched after a
 * lost connection) wait, so the page does not move under the reader. The viewer's
 * own posts always show at once.
 */
export function partitionNewPosts<P extends PostOfSomeone>(
  posts: readonly P[],
  shown: ReadonlySet<string>,
  viewerId: string,
): { visible: P[]; pending: P[] } {
  const visible: P[] = [];
  const pending: P[] = [];
  for (const post of posts) {
    const own = post.author.id === viewerId || post.id.startsWith(OPTIMISTIC_PREFIX);
    (own || shown.has(post.id) ? visible : pending).push(post);
  }
  return { visible, pending };
}

/** The ids shown once the bar is pressed: everything there is now. */
export function revealAll(shown: ReadonlySet<string>, posts: readonly PostOfSomeone[]): Set<string> {
  return new Set([...shown, ...posts.map((post) => post.id)]);
}
