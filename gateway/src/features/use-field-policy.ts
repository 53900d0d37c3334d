import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { DocumentNode, getVariableValues, OperationDefinitionNode } from 'graphql';
import { ERRORS } from '../../../common/src/errors';
import { FieldRemoval } from '../policy/denied-field';
import { decideForUnknownCaller, FieldDecider } from '../policy/field-decider';
import { placeForbiddenErrors } from '../policy/forbidden-errors';
import { RemovalCache } from '../policy/removal-cache';
import { OperationTooLargeError } from '../policy/remove-denied-fields';
import { GatewayFeature } from './feature';

/** What the decisions for one request are made from. */
export interface FieldPolicyRequest<TContext extends BaseContext> {
  readonly contextValue: TContext;
  readonly operation: OperationDefinitionNode;
  /** The operation's variables, coerced. */
  readonly variables: Readonly<Record<string, unknown>>;
}

export interface FieldPolicyOptions<TContext extends BaseContext> {
  /**
   * The decisions for one request, from its context value (built by the feature that identifies
   * the caller) and operation: `requestDecider` (policy/request-decider.ts) makes them from the
   * access policy. Default: `decideForUnknownCaller` for every request: every field that carries
   * data is denied.
   */
  readonly decideField?: (request: FieldPolicyRequest<TContext>) => FieldDecider | Promise<FieldDecider>;
  /** The most fields an operation may select once its fragments are expanded. Default 10,000. */
  readonly maxFields?: number;
  /** The most removals kept for one operation text, each for one set of decisions (a caller's, under a person's grants). Default 1,000. */
  readonly keptPerDocument?: number;
  /** Told what was taken out of each operation, before it is planned (the access log records those denials). Default none. */
  readonly onRemoval?: (request: FieldPolicyRequest<TContext>, removal: FieldRemoval) => void;
}

/** What the gateway reads to plan and execute an operation; Apollo Server's types mark them read-only. */
interface PlannedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  queryHash: string;
}

/**
 * Enforcement before planning: the fields the caller may not see are taken out of the operation,
 * so their data is never fetched; each comes back null with FORBIDDEN and its reason, and the
 * allowed fields of the same operation are served.
 *
 * Apollo Gateway plans from `requestContext.document` and caches the plan under
 * `requestContext.queryHash` (with the operation name), and reads both only when it executes,
 * after every `didResolveOperation` hook. The hook here replaces the document and sets the hash to
 * that of the rewritten document, so each set of decisions gets its own plan and no caller is
 * served a plan made for another.
 *
 * A decider with a key (policy/field-decider.ts) has its removal kept (policy/removal-cache.ts):
 * the next request of the same operation whose decisions have the same key is served it without
 * deciding or walking the operation again.
 */
export function useFieldPolicy<TContext extends BaseContext = BaseContext>(options: FieldPolicyOptions<TContext> = {}): GatewayFeature {
  const removals = new RemovalCache({ perDocument: options.keptPerDocument });
  const plugin: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      let removal: FieldRemoval | undefined;
      return {
        async didResolveOperation(requestContext) {
          removal = await removeFields(requestContext, options, removals);
        },
        async willSendResponse({ response }) {
          if (!removal || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const { data, errors } = placeForbiddenErrors(result.data, removal);
          result.data = data;
          if (errors.length > 0) result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
  // Features hold plugins of any context type; the server they are given to has TContext.
  return { name: 'field-policy', plugins: [plugin as ApolloServerPlugin] };
}

async function removeFields<TContext extends BaseContext>(
  requestContext: GraphQLRequestContextDidResolveOperation<TContext>,
  options: FieldPolicyOptions<TContext>,
  removals: RemovalCache,
): Promise<FieldRemoval | undefined> {
  const { document, operation, request, schema, contextValue } = requestContext;
  // Without an operation nothing executes.
  if (!operation) return undefined;
  // Variables the rewritten operation no longer uses lose their definitions, so the gateway would not check them.
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (variables.errors) throw ERRORS.BAD_USER_INPUT(variables.errors.map((error) => error.message).join(' '), { http: { status: 400 } });
  const policyRequest = { contextValue, operation, variables: variables.coerced };
  const decideField = options.decideField ? await options.decideField(policyRequest) : decideForUnknownCaller;
  let removal: FieldRemoval;
  let queryHash: string | undefined;
  try {
    ({ removal, queryHash } = removals.removal(
      { schema, document, operationName: request.operationName, variables: variables.coerced, decideField, maxFields: options.maxFields },
      decideField.key,
    ));
  } catch (error) {
    if (error instanceof OperationTooLargeError) throw ERRORS.GRAPHQL_VALIDATION_FAILED(error.message);
    throw error;
  }
  options.onRemoval?.(policyRequest, removal);
  // Nothing taken out: the operation is planned (and its plan cached) as the client sent it.
  if (removal.unchanged || queryHash === undefined) return removal;
  const [rewritten] = removal.document.definitions;
  const planned = requestContext as unknown as PlannedOperation;
  planned.document = removal.document;
  planned.operation = rewritten as OperationDefinitionNode;
  planned.queryHash = queryHash;
  return removal;
}
