import { badUserInput } from '../../../common/src/errors';

/**
 * Relay-style connections with keyset cursors: a cursor is the sort key of the last row
 * seen, so a page costs the same at any depth of a history.
 */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface Page {
  readonly limit: number;
  /** The sort key after which the page starts, or null for the first page. */
  readonly after: readonly string[] | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key.map(String)), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' && k.length <= 64)) return key as string[];
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', 'not a cursor returned by this connection');
}

export function pageOf(args: PageArgs, cursorArity: number): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  return { limit: first, after: args.after ? decodeCursor(args.after, cursorArity) : null };
}

export interface Connection<T> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: T }>;
  readonly nodes: readonly T[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  /** Resolved only when asked for (graphql-js calls a function-valued property), so the count costs nothing otherwise. */
  readonly totalCount: () => Promise<number>;
}

/** Builds a connection from up to `limit + 1` rows fetched in order (the extra row only says there is a next page). */
export function connectionOf<T>(rows: readonly T[], page: Page, keyOf: (row: T) => ReadonlyArray<string | number>, totalCount: () => Promise<number>): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null },
    totalCount,
  };
}

/** A stable string for loader caching: two fields with the same page arguments share one batch. */
export const pageKey = (page: Page, ...extra: ReadonlyArray<string | number | null | undefined>): string => JSON.stringify([page.limit, page.after, ...extra]);
