import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Cost } from './cost';
import { badInput } from './domain-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type named `${name}Connection` with `${name}Edge` edges. */
export function Connection<T>(node: Type<T> | object, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    @Cost({ listSize: 1 }) // priced by the connection's `first`
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items matching, across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: base64url of the item's sort key. */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const key = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!key || encodeCursor(key) !== cursor) throw badInput('after is not a cursor this API gave out', 'after');
  return key;
}

/**
 * One page of an ordered list. `keyOf` gives each item's unique sort key; the cursor names
 * the last item seen, so a page stays correct when items before it change.
 */
export function paginate<T>(items: readonly T[], args: ConnectionArgs, keyOf: (item: T) => string): ConnectionShape<T> {
  let start = 0;
  if (args.after) {
    const key = decodeCursor(args.after);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) {
      throw badInput('after names an item that is not in this list (it may have been filtered out)', 'after');
    }
    start = index + 1;
  }
  const page = items.slice(start, start + args.first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + args.first < items.length,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}
