import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_ALGORITHM, DevelopmentKeys } from './dev-keys';
import { jose, JWTPayload } from './jose';
import { Persona } from './personas';

export interface IssueOptions {
  readonly issuer: string;
  readonly audience: string;
  /** Default one hour. */
  readonly lifetimeSeconds?: number;
  /** Default the current time. */
  readonly now?: Date;
}

/**
 * A development bearer token for a demo persona, signed with the development private key:
 * identifiers only (sub, institution, terminal) and how the persona authenticated, just now.
 */
export async function issueDevelopmentToken(persona: Persona, keys: DevelopmentKeys, options: IssueOptions): Promise<string> {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const claims: JWTPayload = {
    auth_time: now,
    amr: [...persona.amr],
    ...(persona.institution === null ? {} : { institution: persona.institution }),
    ...(persona.terminal === null ? {} : { terminal: persona.terminal }),
  };
  return new jose.SignJWT(claims)
    .setProtectedHeader({ alg: DEVELOPMENT_ALGORITHM, kid: keys.kid, typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(persona.sub)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.lifetimeSeconds ?? 3600))
    .setJti(randomUUID())
    .sign(keys.privateKey);
}
