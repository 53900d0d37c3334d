import { randomUUID } from 'node:crypto';
import { signAccessContext } from '../common/src/access/signed-context';
import { accessContextOf } from '../gateway/src/access/access-context';
import { postgresRegistry } from '../gateway/src/access/registry';
import { resolveCaller } from '../gateway/src/access/resolve-caller';
import { AuthConfig } from '../gateway/src/auth/config';
import { tokenVerifierFor } from '../gateway/src/auth/verifier-for-config';

/**
 * How each mode's requests say who is asking: to the gateway a bearer token, to a subgraph
 * called directly the access context the gateway makes of that token, signed afresh for each call.
 */
export interface Credentials {
  /** The institution the caller works at: where the persons of the benchmark consent. */
  readonly institutionCode: string;
  readonly gatewayHeaders: Readonly<Record<string, string>>;
  subgraphHeaders(): Readonly<Record<string, string>>;
}

export interface CredentialsOptions {
  readonly token: string;
  /** What the gateway accepts (its `auth`). */
  readonly auth: AuthConfig;
  /** The database whose eligibility schema registers the caller. */
  readonly databaseUrl: string;
  /** The secret the stack's subgraphs verify access contexts with. */
  readonly accessContextSecret: string;
  /** The day (YYYY-MM-DD) the caller is looked up on. */
  readonly today: string;
}

export async function credentialsFor(options: CredentialsOptions): Promise<Credentials> {
  const token = await (await tokenVerifierFor(options.auth)).verify(options.token);
  const registry = postgresRegistry({ databaseUrl: options.databaseUrl, maxConnections: 1 });
  try {
    const access = accessContextOf(randomUUID(), token, await resolveCaller(token, registry, options.today));
    const institutionCode = access.caller.institutionCode;
    if (institutionCode === undefined) throw new Error(`the benchmark's caller (${access.caller.role}) works at no institution`);
    return {
      institutionCode,
      gatewayHeaders: { authorization: `Bearer ${options.token}` },
      subgraphHeaders: () => signAccessContext({ ...access, requestId: randomUUID() }, options.accessContextSecret),
    };
  } finally {
    await registry.close();
  }
}
