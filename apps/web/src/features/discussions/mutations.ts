import { isReference, type ApolloCache, type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { PostKind, Reaction } from '@ln/domain';
import type { Viewer } from '../auth/viewer';
import { mergePosts } from '../../lib/mergeById';
import { OPTIMISTIC_PREFIX } from './optimistic';
import { getFragmentData, graphql } from '../../gql';
import { PostItem_PostFragmentDoc, type AddPostInput, type AttachFileInput, type PostItem_PostFragment } from '../../gql/graphql';

// One hook per mutation. Each answers with the post (or thread), so the normalised
// cache updates the page; adding a post also appends it to the thread's list.

/** A new post: `clientMutationId` is fresh per submit, the same on a retry (the server makes one post per key). */
export type NewPostInput = AddPostInput & { kind: PostKind; clientMutationId: string };

export const ADD_POST_MUTATION = graphql(`
  mutation AddPost($input: AddPostInput!) {
    addPost(input: $input) {
      ...PostItem_post
    }
  }
`);

interface PostsField {
  nodes: Reference[];
  totalCount: number;
}

/** Appends `post` to the thread's posts in the cache, once (a live echo or a refetch may bring it too). */
export function appendPostToThread(cache: ApolloCache, threadId: string, post: PostItem_PostFragment): void {
  const ref = cache.writeFragment({ fragment: PostItem_PostFragmentDoc, fragmentName: 'PostItem_post', data: post });
  if (!ref) return;
  cache.modify<{ posts: PostsField }>({
    id: cache.identify({ __typename: 'Thread', id: threadId }),
    fields: {
      posts(existing, { readField }) {
        if (isReference(existing)) return existing;
        const idOf = (node: Reference) => String(readField('id', node));
        const createdAtOf = (node: Reference) => String(readField('createdAt', node));
        const nodes = mergePosts(existing.nodes, [ref], idOf, createdAtOf);
        return { ...existing, nodes, totalCount: existing.totalCount + (nodes.length - existing.nodes.length) };
      },
    },
  });
}

/** What a post being sent looks like until the server answers (bodyHtml null: shown as plain text). */
export function optimisticPost(input: NewPostInput, viewer: Viewer, replyTo: PostItem_PostFragment | null): PostItem_PostFragment {
  return {
    __typename: 'Post',
    id: `${OPTIMISTIC_PREFIX}${input.clientMutationId}`,
    kind: input.kind,
    body: input.body,
    bodyHtml: null,
    createdAt: new Date().toISOString(),
    editedAt: null,
    deletedAt: null,
    hiddenAt: null,
    hiddenReason: null,
    version: 1,
    replyTo: replyTo
      ? {
          __typename: 'Post',
          id: replyTo.id,
          author: { __typename: 'User', id: replyTo.author.id, displayName: replyTo.author.displayName },
        }
      : null,
    reactions: [],
    revisions: [],
    files: [],
    author: {
      __typename: 'User',
      id: viewer.id,
      displayName: viewer.displayName,
      memberships: viewer.memberships.map(({ id, organisation }) => ({
        __typename: 'Membership',
        id,
        organisation: { __typename: 'Organisation', id: organisation.id, name: organisation.name },
      })),
    },
  };
}

/** Adds a post; it shows at once (optimistic) and stays after the server's answer. */
export function useAddPost() {
  const [mutate] = useMutation(ADD_POST_MUTATION);
  return async (input: NewPostInput, viewer: Viewer, replyTo: PostItem_PostFragment | null) => {
    const result = await mutate({
      variables: { input },
      optimisticResponse: { addPost: optimisticPost(input, viewer, replyTo) },
      update(cache, { data }) {
        if (data) appendPostToThread(cache, input.threadId, getFragmentData(PostItem_PostFragmentDoc, data.addPost));
      },
    });
    return getFragmentData(PostItem_PostFragmentDoc, result.data?.addPost);
  };
}

export const EDIT_POST_MUTATION = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostItem_post
    }
  }
`);

export function useEditPost() {
  const [mutate] = useMutation(EDIT_POST_MUTATION);
  return (post: PostItem_PostFragment, body: string, files?: AttachFileInput[]) =>
    mutate({ variables: { input: { postId: post.id, body, expectedVersion: post.version, ...(files ? { files } : {}) } } });
}

export const DELETE_POST_MUTATION = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostItem_post
    }
  }
`);

export function useDeletePost() {
  const [mutate] = useMutation(DELETE_POST_MUTATION);
  return (postId: string) => mutate({ variables: { postId } });
}

export const HIDE_POST_MUTATION = graphql(`
  mutation HidePost($postId: ID!, $reason: String!) {
    hidePost(postId: $postId, reason: $reason) {
      ...PostItem_post
    }
  }
`);

export const UNHIDE_POST_MUTATION = graphql(`
  mutation UnhidePost($postId: ID!) {
    unhidePost(postId: $postId) {
      ...PostItem_post
    }
  }
`);

/** Facilitators: hide a post with a reason, or show it again. */
export function useModeratePost() {
  const [hide] = useMutation(HIDE_POST_MUTATION);
  const [unhide] = useMutation(UNHIDE_POST_MUTATION);
  return {
    hide: (postId: string, reason: string) => hide({ variables: { postId, reason } }),
    unhide: (postId: string) => unhide({ variables: { postId } }),
  };
}

export const TOGGLE_REACTION_MUTATION = graphql(`
  mutation ToggleReaction($postId: ID!, $reaction: Reaction!) {
    toggleReaction(postId: $postId, reaction: $reaction) {
      ...PostItem_post
    }
  }
`);

/** The reaction counts after the viewer toggles `reaction` (also for a reaction nobody gave yet). */
export function toggledReactions(reactions: PostItem_PostFragment['reactions'], reaction: Reaction): PostItem_PostFragment['reactions'] {
  const current = reactions.find((r) => r.reaction === reaction);
  if (!current) return [...reactions, { __typename: 'ReactionCount', reaction, count: 1, viewerReacted: true }];
  return reactions.map((r) =>
    r.reaction === reaction ? { ...r, viewerReacted: !r.viewerReacted, count: r.count + (r.viewerReacted ? -1 : 1) } : r,
  );
}

export function useToggleReaction() {
  const [mutate] = useMutation(TOGGLE_REACTION_MUTATION);
  return (post: PostItem_PostFragment, reaction: Reaction) => {
    const toggled: PostItem_PostFragment = { ...post, reactions: toggledReactions(post.reactions, reaction) };
    return mutate({ variables: { postId: post.id, reaction }, optimisticResponse: { toggleReaction: toggled } });
  };
}

const FOLLOW_THREAD_MUTATION = graphql(`
  mutation FollowThread($threadId: ID!) {
    followThread(threadId: $threadId) {
      id
      viewerFollows
    }
  }
`);

const UNFOLLOW_THREAD_MUTATION = graphql(`
  mutation UnfollowThread($threadId: ID!) {
    unfollowThread(threadId: $threadId) {
      id
      viewerFollows
    }
  }
`);

/** Follow or unfollow a thread; the button changes at once. */
export function useFollowThread() {
  const [follow] = useMutation(FOLLOW_THREAD_MUTATION);
  const [unfollow] = useMutation(UNFOLLOW_THREAD_MUTATION);
  return (threadId: string, following: boolean) =>
    following
      ? unfollow({
          variables: { threadId },
          optimisticResponse: { unfollowThread: { __typename: 'Thread', id: threadId, viewerFollows: false } },
        })
      : follow({
          variables: { threadId },
          optimisticResponse: { followThread: { __typename: 'Thread', id: threadId, viewerFollows: true } },
        });
}
