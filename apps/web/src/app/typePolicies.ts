import type { TypePolicies } from '@apollo/client';
import { mergeById, mergePosts } from '../lib/mergeById';

interface PageInfoRef {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface ConnectionRef {
  nodes: readonly unknown[];
  pageInfo: PageInfoRef;
  totalCount: number;
}

/**
 * Cache policies. A thread's posts are one list whatever page was asked (`keyArgs:
 * false`): pages fetched with `after` (more, or what was missed while offline) are
 * merged into it, each post once. The cursor moves on only when the page fetched
 * ends the list; a refetch of the first page keeps the list's own end.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // Thread lists per filter; a page with `after` is added to the list, a first page replaces it.
      threads: {
        keyArgs: ['filter'],
        merge(existing: ConnectionRef | undefined, incoming: ConnectionRef, { args, readField }) {
          if (!existing || !args?.['after']) return incoming;
          const idOf = (node: unknown) => String(readField('id', node as never));
          return { ...incoming, nodes: mergeById(existing.nodes, incoming.nodes, idOf) };
        },
      },
    },
  },
  Thread: {
    fields: {
      posts: {
        keyArgs: false,
        merge(existing: ConnectionRef | undefined, incoming: ConnectionRef, { readField }) {
          if (!existing) return incoming;
          const idOf = (node: unknown) => String(readField('id', node as never));
          const createdAtOf = (node: unknown) => String(readField('createdAt', node as never));
          const nodes = mergePosts(existing.nodes, incoming.nodes, idOf, createdAtOf);
          const incomingLast = incoming.nodes.at(-1);
          const endsWithIncoming = incomingLast !== undefined && idOf(nodes.at(-1)) === idOf(incomingLast);
          return {
            ...incoming,
            nodes,
            pageInfo: endsWithIncoming ? incoming.pageInfo : existing.pageInfo,
            totalCount: incoming.totalCount,
          };
        },
      },
    },
  },
};
