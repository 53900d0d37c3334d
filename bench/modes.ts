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
  readonly stack: RunningStack;
  readonly databaseUrl: string;
  readonly credentials: Credentials;
}

export interface Mode {
  readonly name: string;
  /** How the record is fetched, for the results file. */
  readonly description: string;
  /** The mode the others are compared with. */
  readonly baseline?: boolean;
  start(context: BenchContext): Promise<Target>;
}

const gateway: Mode = {
  name: 'gateway',
  description: 'one `person(id)` query to the gateway, which plans it and fetches from the four subgraphs (eligibility first, then `_entities` from the other three)',
  start: async ({ stack, credentials }) => ({
    url: stack.gateway.url,
    headers: credentials.gatewayHeaders,
    bodyFor: gatewayBody,
    statements: () => stack.statements(),
    close: async () => undefined,
  }),
};

const direct: Mode = {
  name: 'direct',
  description: 'the four subgraphs called at once with the same fields (`person(id)` on eligibility, `_entities` with a Person representation on the others) by a minimal in-process fan-out endpoint that joins the four parts',
  baseline: true,
  start: async ({ stack, credentials }) => {
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name]!.url])) as Record<SubgraphName, string>;
    const fanOut = await startFanOut(urls, credentials.subgraphHeaders);
    return { url: fanOut.url, bodyFor: (id) => JSON.stringify({ id }), statements: () => stack.statements(), close: () => fanOut.close() };
  },
};

/** The modes measured, in this order. A new mode (a policy or audit setting, say) is one more entry. */
export const MODES: readonly Mode[] = [direct, gateway];
