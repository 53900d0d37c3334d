import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ERRORS } from '../../../common/src/errors';
import { exceedsTokens } from '../limits/count-tokens';
import { measureOperation, OperationMeasure } from '../limits/measure-operation';
import { GatewayFeature, RequestAdmission } from './feature';

/** How large an operation the gateway runs. */
export interface OperationLimits {
  /** Tokens of the document (its punctuation, names and values; comments not counted). Default 2,000. */
  readonly maxTokens: number;
  /** Nesting of fields, `{ person { claims { nodes { … } } } }` being 3 at `nodes`. Default 12. */
  readonly maxDepth: number;
  /** Aliased fields. Default 15. */
  readonly maxAliases: number;
  /** Directives (`@include`, `@skip`, …) in the operation and the fragments it spreads. Default 20. */
  readonly maxDirectives: number;
  /** Estimated cost (see measureOperation). Default 5,000: a person's four histories at 20 entries each are about 300. */
  readonly maxCost: number;
  /** The size assumed of a list with no `first`/`limit` argument. Default 10. */
  readonly defaultListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 2000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 5000,
  defaultListSize: 10,
};

/** What a mutation's root field costs (Apollo's demand control's default). */
const MUTATION_COST = 10;

export interface OperationLimitsOptions {
  /** Default DEFAULT_OPERATION_LIMITS; each limit may be given alone. */
  readonly limits?: Partial<OperationLimits>;
}

type Measured = keyof OperationMeasure;
const CHECKS: ReadonlyArray<{ limit: string; measured: Measured; max: keyof OperationLimits; what: string }> = [
  { limit: 'DEPTH', measured: 'depth', max: 'maxDepth', what: 'depth' },
  { limit: 'ALIASES', measured: 'aliases', max: 'maxAliases', what: 'aliases' },
  { limit: 'DIRECTIVES', measured: 'directives', max: 'maxDirectives', what: 'directives' },
  { limit: 'COST', measured: 'cost', max: 'maxCost', what: 'estimated cost' },
];

/**
 * Refuses an operation larger than the limits with OPERATION_LIMIT_EXCEEDED (400), before it is
 * planned, so no subgraph is called: its tokens are counted before Apollo Server parses it (and
 * Apollo Server's parser stops at the same count), its depth, aliases, directives and cost
 * measured once it is validated.
 */
export function useOperationLimits(options: OperationLimitsOptions = {}): GatewayFeature & { readonly parseOptions: { maxTokens: number } } {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...options.limits };

  const admit: RequestAdmission = (params) => {
    if (typeof params.query === 'string' && exceedsTokens(params.query, limits.maxTokens)) {
      throw ERRORS.OPERATION_LIMIT_EXCEEDED(`The operation has more than ${limits.maxTokens} tokens`, { limit: 'TOKENS', max: limits.maxTokens });
    }
    return params;
  };

  const listener: GraphQLRequestListener<Record<string, unknown>> = {
    // Not async, on purpose: Apollo Server calls every plugin's didResolveOperation in turn before
    // awaiting any, so a refusal thrown here stops the features after this one (the identification
    // searches' counter, the access bases) from running at all.
    didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return Promise.resolve();
      const measure = measureOperation(schema, document, operation, request.variables ?? {}, { defaultListSize: limits.defaultListSize, mutationCost: MUTATION_COST });
      for (const check of CHECKS) {
        const actual = measure[check.measured];
        const max = limits[check.max];
        if (actual > max) throw ERRORS.OPERATION_LIMIT_EXCEEDED(`Operation limit exceeded: ${check.what} ${actual}, at most ${max}`, { limit: check.limit, max, actual });
      }
      return Promise.resolve();
    },
  };
  const plugin: ApolloServerPlugin<Record<string, unknown>> = { requestDidStart: async () => listener };
  return { name: 'operation-limits', admit, plugins: [plugin as ApolloServerPlugin], parseOptions: { maxTokens: limits.maxTokens } };
}
