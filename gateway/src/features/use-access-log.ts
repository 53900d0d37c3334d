import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { OperationDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import { accessEventOf, EventSubject } from '../../../common/src/audit/access-event';
import { PersonAccess } from '../../../common/src/audit/access-ledger';
import { ERRORS } from '../../../common/src/errors';
import { logEvent } from '../../../common/src/log';
import { GatewayContext } from '../access/access-context';
import { aggregateFieldsAsked } from '../audit/aggregate-fields';
import { AccessEventSink } from '../audit/access-log-writer';
import { RequestAccesses } from '../audit/request-accesses';
import { FieldRemoval } from '../policy/denied-field';
import { openingRoots } from '../policy/opened-accesses';
import { personSubjects } from '../policy/subjects';
import { GatewayFeature } from './feature';

export interface AccessLogOptions {
  /** Where the events go; `append` resolves once they are committed (AccessLogWriter: PostgreSQL, group commit). */
  readonly sink: AccessEventSink;
  /** The clock events are timed by. Default the system clock. */
  readonly now?: () => Date;
  /** Makes an event's id. Default a random UUID. */
  readonly newEventId?: () => string;
}

/** The response header that carries the request's id, under which its access events are found. */
export const REQUEST_ID_HEADER = 'x-request-id';

export interface AccessLogFeature extends GatewayFeature {
  /** What a subgraph's answer reports of the request's accesses (null: its report could not be read). */
  subgraphReported(context: GatewayContext, persons: readonly PersonAccess[] | null): void;
  /** What the field policy took out of the operation before planning. */
  fieldsRemoved(context: GatewayContext, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>, removal: FieldRemoval): void;
}

function refuse(response: GraphQLResponse): void {
  const { extensions: { http: _http, ...extensions } = {}, ...error } = ERRORS.AUDIT_UNAVAILABLE('The access log could not record this access, so nothing of it is served; retry later').toJSON();
  response.body = { kind: 'single', singleResult: { errors: [{ ...error, extensions }] } };
  response.http.status = 503;
}

/**
 * The access log (DOMAIN.md §6), fail-closed: every request that reached a person's data, allowed
 * or refused, is recorded as one event per person (who, qualification, institution, terminal,
 * basis, purpose of use, the categories and fields with what was decided, the request id) before
 * its answer leaves the gateway. Answers are held until their events are committed to PostgreSQL;
 * if they cannot be, the request gets AUDIT_UNAVAILABLE (503) and no data. What the request did is
 * known from each subgraph's access report (the records it served, the fields it decided) and
 * from the fields the gateway's field policy took out before planning. A request that asks for
 * analytics aggregates, allowed or refused, adds one event with no person: the aggregate fields
 * asked for and what was decided on each. Every answer carries its request id in `x-request-id`.
 */
export function useAccessLog(options: AccessLogOptions): AccessLogFeature {
  const now = options.now ?? (() => new Date());
  const newEventId = options.newEventId ?? randomUUID;
  const requests = new WeakMap<object, RequestAccesses>();
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      const accesses = new RequestAccesses();
      requests.set(contextValue, accesses);
      return {
        async didResolveOperation({ document, operation, schema }) {
          if (!operation) return;
          accesses.opening(openingRoots(document, operation));
          accesses.askedAggregates(aggregateFieldsAsked(schema, document, operation));
        },
        async willSendResponse({ response }) {
          const { access } = contextValue;
          response.http.headers.set(REQUEST_ID_HEADER, access.requestId);
          if (accesses.incomplete) {
            logEvent('gateway', 'access-report-unreadable', { requestId: access.requestId });
            return refuse(response);
          }
          const aggregates = accesses.aggregates();
          const subjects: EventSubject[] = [...accesses.persons(), ...(aggregates === null ? [] : [{ personId: null, fields: aggregates }])];
          if (subjects.length === 0) return;
          const recordedAt = now();
          try {
            await options.sink.append(subjects.map((subject) => accessEventOf(newEventId(), access, subject, recordedAt)));
          } catch (error) {
            // The code only: PostgreSQL's messages can quote the parameters, and those identify people.
            logEvent('gateway', 'access-log-unavailable', { requestId: access.requestId, code: (error as { code?: unknown }).code ?? null });
            refuse(response);
          }
        },
      };
    },
  };
  return {
    name: 'access-log',
    // Features hold plugins of any context type; the server they are given to has GatewayContext.
    plugins: [plugin as ApolloServerPlugin],
    subgraphReported: (context, persons) => requests.get(context)?.reported(persons),
    fieldsRemoved: (context, operation, variables, removal) => requests.get(context)?.removed(removal.denied, personSubjects(operation, variables)),
  };
}
