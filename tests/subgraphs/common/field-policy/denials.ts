import { GraphQLResponse } from '../../../support/graphql';

/**
 * A response's errors by path (`claim.insurer`, `_entities.0.claims`): the deny reason of each
 * FORBIDDEN one, `CODE: message` of any other, so an unexpected error shows in a comparison.
 */
export function denials(response: GraphQLResponse<unknown>): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const error of response.errors ?? []) {
    const code = error.extensions?.code;
    byPath[(error.path ?? []).join('.')] = code === 'FORBIDDEN' ? String(error.extensions?.reason) : `${String(code)}: ${error.message}`;
  }
  return byPath;
}
