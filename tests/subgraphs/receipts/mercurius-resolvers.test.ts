import { GraphQLResolveInfo } from 'graphql';
import { Database } from '../../../subgraphs/common/src/database';
import { GrantStore } from '../../../common/src/access/grant-store';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { newContext, SubgraphContext } from '../../../subgraphs/common/src/context';
import { Resolvers } from '../../../subgraphs/receipts/src/generated/resolvers';
import { forMercurius } from '../../../subgraphs/receipts/src/mercurius-resolvers';
import { testAccessContext } from '../../support/access';

describe('forMercurius', () => {
  const db = {} as Database;
  const context: SubgraphContext = newContext(db, testAccessContext(), new GrantStore(db, new MemoryCache()));
  const info = {} as GraphQLResolveInfo;

  test('hands __resolveReference the context mercurius passes third, after the arguments', () => {
    const seen: unknown[] = [];
    const resolvers: Resolvers = {
      Person: {
        __resolveReference: (reference, ctx, i) => {
          seen.push(reference, ctx, i);
          return { id: reference.id };
        },
      },
    };
    const person = forMercurius(resolvers).Person as { __resolveReference: (r: unknown, a: unknown, c: unknown, i: unknown) => unknown };
    const reference = { __typename: 'Person', id: 'p' };
    expect(person.__resolveReference(reference, {}, context, info)).toEqual({ id: 'p' });
    expect(seen).toEqual([reference, context, info]);
  });

  test('leaves field resolvers and types without references as they are', () => {
    const month = (): string => '2024-05';
    const adapted = forMercurius({ Visit: { month } });
    expect(adapted.Visit).toEqual({ month });
  });
});
