import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { LIMITS } from '@ln/domain';
import { invalidField } from '../errors/domain-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Hoeveel items (standaard ${LIMITS.pageSizeDefault}, max ${LIMITS.pageSizeMax}).` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `{ nodes pageInfo totalCount }` for a node type; subclass it as `XConnection`. */
export function ConnectionOf<T>(nodeType: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return LIMITS.pageSizeDefault;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
    throw invalidField('first', 'pageSizeRange', { max: LIMITS.pageSizeMax });
  }
  return first;
}

/** Opaque offset cursors, for short lists with a stable order. Keyset cursors live with the features that need them. */
export function decodeOffsetCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw invalidField('after', 'invalidCursor');
  return Number(match[1]);
}

export function offsetConnection<T>(nodes: T[], offset: number, totalCount: number): Connection<T> {
  const end = offset + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: end < totalCount,
      endCursor: nodes.length > 0 ? Buffer.from(`o:${end}`, 'utf8').toString('base64url') : null,
    },
  };
}
