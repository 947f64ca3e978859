import { gql } from '@apollo/client';
import type { PostKind, Reaction } from '@ln/domain';

/** What a post on the thread page shows (`PostItem`); also what the live events carry. */
export const POST_FRAGMENT = gql`
  fragment ThreadPost_post on Post {
    id
    kind
    body
    bodyHtml
    createdAt
    editedAt
    deletedAt
    hiddenAt
    hiddenReason
    version
    replyTo {
      id
      author {
        id
        displayName
      }
    }
    reactions {
      reaction
      count
      viewerReacted
    }
    revisions {
      version
      body
      replacedAt
    }
    author {
      id
      displayName
      memberships {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`;

// `__typename` is optional: the cache adds it to what it returns; optimistic answers set it.
type Typed = { __typename?: string };

export interface ReactionCountData extends Typed {
  reaction: Reaction;
  count: number;
  viewerReacted: boolean;
}

export interface PostAuthorData extends Typed {
  id: string;
  displayName: string;
  memberships: (Typed & { id: string; organisation: Typed & { id: string; name: string } })[];
}

export interface PostData extends Typed {
  id: string;
  kind: PostKind;
  /** Markdown; null when deleted or hidden (for members). */
  body: string | null;
  /** Sanitised on the server; null when deleted or hidden, and while a post is being sent. */
  bodyHtml: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  hiddenAt: string | null;
  hiddenReason: string | null;
  version: number;
  replyTo: (Typed & { id: string; author: Typed & { id: string; displayName: string } }) | null;
  reactions: ReactionCountData[];
  revisions: (Typed & { version: number; body: string; replacedAt: string })[];
  author: PostAuthorData;
}

/** Ids given to posts that are on their way (optimistic) start with this. */
export const OPTIMISTIC_PREFIX = 'optimistic-';
