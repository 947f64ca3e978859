import { PostKind } from '@ln/domain';
import type { PostItem_PostFragment } from '../../gql/graphql';

/** A post as the API returns it (with typenames), by `authorId`, at minute `minute` of a day. */
export function postFixture(
  id: string,
  authorId = 'u2',
  minute = 0,
  overrides: Partial<PostItem_PostFragment> = {},
): PostItem_PostFragment {
  return {
    __typename: 'Post',
    id,
    kind: PostKind.COMMENT,
    body: `Bijdrage ${id}`,
    bodyHtml: `<p>Bijdrage ${id}</p>`,
    createdAt: new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString(),
    editedAt: null,
    deletedAt: null,
    hiddenAt: null,
    hiddenReason: null,
    version: 1,
    replyTo: null,
    reactions: [],
    revisions: [],
    files: [],
    author: { __typename: 'User', id: authorId, displayName: `Persoon ${authorId}`, memberships: [] },
    ...overrides,
  };
}
