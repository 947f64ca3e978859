import { describe, expect, it } from 'vitest';
import { partitionNewPosts, revealAll } from './newPosts';
import { OPTIMISTIC_PREFIX } from './optimistic';

const post = (id: string, authorId: string) => ({ id, author: { id: authorId } });
const ids = (posts: { id: string }[]) => posts.map((p) => p.id);

describe('the new-posts bar', () => {
  const viewerId = 'me';
  const initial = [post('p1', 'u2'), post('p2', 'me')];
  const shown = new Set(ids(initial));

  it('shows everything that was there when the page opened', () => {
    const { visible, pending } = partitionNewPosts(initial, shown, viewerId);
    expect(ids(visible)).toEqual(['p1', 'p2']);
    expect(pending).toEqual([]);
  });

  it('holds back posts of others that arrive later, and counts them', () => {
    const posts = [...initial, post('p3', 'u2'), post('p4', 'u3')];
    const { visible, pending } = partitionNewPosts(posts, shown, viewerId);
    expect(ids(visible)).toEqual(['p1', 'p2']);
    expect(ids(pending)).toEqual(['p3', 'p4']);
  });

  it('shows the viewer’s own posts at once, also while they are being sent', () => {
    const posts = [...initial, post(`${OPTIMISTIC_PREFIX}k1`, 'me'), post('p5', 'me'), post('p6', 'u2')];
    const { visible, pending } = partitionNewPosts(posts, shown, viewerId);
    expect(ids(visible)).toEqual(['p1', 'p2', `${OPTIMISTIC_PREFIX}k1`, 'p5']);
    expect(ids(pending)).toEqual(['p6']);
  });

  it('reveals the waiting posts in their place when the bar is pressed', () => {
    const posts = [...initial, post('p3', 'u2'), post('p4', 'me'), post('p5', 'u3')];
    const { visible, pending } = partitionNewPosts(posts, revealAll(shown, posts), viewerId);
    expect(ids(visible)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(pending).toEqual([]);
  });
});
