import { RunningGateway } from '../gateway/src/gateway';
import { RunningStack } from '../tools/stack';
import { Credentials } from './credentials';
import { startFanOut } from './fan-out';
import { SUBGRAPH_NAMES, SubgraphName, gatewayBody } from './record-query';

/** What a mode is measured against: an HTTP endpoint answering one person's record per POST. */
export interface Target {
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The body asking for the record of person `id`; the answer is `{"data":{"person":...}}`. */
  bodyFor(id: string): string;
  /** SQL statements run for the mode so far. */
  statements(): number;
  close(): Promise<void>;
}

export interface BenchContext {
  /** The stack the mode runs against: its gateway and subgraphs enforce the field policy as the mode asks. */
  readonly stack: RunningStack;
  /** The gateway the mode's queries go to: the stack's own, or one in front of the same subgraphs with the access log off. */
  readonly gateway: RunningGateway;
  readonly credentials: Credentials;
}

/** Which part of the field policy a mode with it against the same mode without it measures. */
export type PolicyPart = 'WHOLE' | 'SUBGRAPHS';

export interface Mode {
  readonly name: string;
  /** How the record is fetched, for the results file. */
  readonly description: string;
  /** The mode the others are compared with. */
  readonly baseline?: boolean;
  /** Whether the gateway and the subgraphs it runs against enforce the field policy. */
  readonly fieldPolicy: boolean;
  /** For a mode with the policy: the same mode without it (the policy's cost is this one against that), and the part of the policy that is. */
  readonly policyCost?: { readonly withoutPolicy: string; readonly part: PolicyPart };
  /** Whether the gateway writes the access log, holding each answer until its events are committed. */
  readonly accessLog: boolean;
  /** For a mode with the access log: the same mode without it (the log's cost is this one against that). */
  readonly logCost?: { readonly withoutLog: string };
  start(context: BenchContext): Promise<Target>;
}

const gatewayTarget = async ({ stack, gateway, credentials }: BenchContext): Promise<Target> => ({
  url: gateway.url,
  headers: credentials.gatewayHeaders,
  bodyFor: gatewayBody,
  statements: () => stack.statements(),
  close: async () => undefined,
});

const fanOutTarget = async ({ stack, credentials }: BenchContext): Promise<Target> => {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name]!.url])) as Record<SubgraphName, string>;
  const fanOut = await startFanOut(urls, credentials.subgraphHeaders);
  return { url: fanOut.url, bodyFor: (id) => JSON.stringify({ id }), statements: () => stack.statements(), close: () => fanOut.close() };
};

const direct: Mode = {
  name: 'direct',
  description: 'the four subgraphs of the stack without the field policy, called at once with the same fields (`person(id)` on eligibility, `_entities` with a Person representation on the others) by a minimal in-process fan-out endpoint that joins the four parts',
  baseline: true,
  fieldPolicy: false,
  accessLog: false,
  start: fanOutTarget,
};

const directPolicy: Mode = {
  name: 'direct-policy',
  description: 'the same fan-out to the four subgraphs of the stack with the field policy on: each subgraph decides every field of every record it answers (graphql-shield) and judges each diagnosis of a claim; the gateway\'s decision on the operation is not in this path',
  fieldPolicy: true,
  accessLog: false,
  policyCost: { withoutPolicy: direct.name, part: 'SUBGRAPHS' },
  start: fanOutTarget,
};

const gatewayNoPolicy: Mode = {
  name: 'gateway-no-policy',
  description:
    'one `person(id)` query to the gateway, which plans it and fetches from the four subgraphs (eligibility first, then `_entities` from the other three); neither the gateway nor the subgraphs apply the field policy, and the gateway writes no access log (a second stack on the same database, started with the policy and the log off)',
  fieldPolicy: false,
  accessLog: false,
  start: gatewayTarget,
};

const gatewayNoLog: Mode = {
  name: 'gateway-no-log',
  description:
    "the same query to a gateway with the field policy on and the access log off: before planning, the gateway decides every field of the operation (with the person's grants at the caller's institution, read through the cache); then it plans and fetches as in gateway-no-policy, and every subgraph decides again as in direct-policy (a second gateway in front of the subgraphs of the stack with the policy)",
  fieldPolicy: true,
  accessLog: false,
  policyCost: { withoutPolicy: gatewayNoPolicy.name, part: 'WHOLE' },
  start: gatewayTarget,
};

const gateway: Mode = {
  name: 'gateway',
  description:
    "the same query to the gateway as deployed, the field policy on and the access log written: as gateway-no-log, and each subgraph also reports the person it read and the decision on each field, and the gateway holds the answer until the person's access event is committed to PostgreSQL (group commit: the events of the requests waiting meanwhile go in one INSERT)",
  fieldPolicy: true,
  accessLog: true,
  logCost: { withoutLog: gatewayNoLog.name },
  start: gatewayTarget,
};

/** The modes measured, in this order. */
export const MODES: readonly Mode[] = [direct, directPolicy, gatewayNoPolicy, gatewayNoLog, gateway];

/**
 * What a run measures, on the same database and sharing one access-context secret: a stack with
 * the field policy and the access log (as deployed), one with neither, and a gateway in front of
 * the first one's subgraphs with the policy and without the log.
 */
export interface BenchStacks {
  readonly withPolicy: RunningStack;
  readonly withoutPolicy: RunningStack;
  readonly withoutLog: RunningGateway;
}

/** Starts every mode against the stack and gateway of its settings; closes those started if one fails to start. */
export async function startTargets(stacks: BenchStacks, credentials: Credentials): Promise<Array<{ mode: Mode; target: Target }>> {
  const targets: Array<{ mode: Mode; target: Target }> = [];
  try {
    for (const mode of MODES) {
      const stack = mode.fieldPolicy ? stacks.withPolicy : stacks.withoutPolicy;
      const gateway = mode.fieldPolicy && !mode.accessLog ? stacks.withoutLog : stack.gateway;
      targets.push({ mode, target: await mode.start({ stack, gateway, credentials }) });
    }
    return targets;
  } catch (error) {
    for (const { target } of targets) await target.close();
    throw error;
  }
}
