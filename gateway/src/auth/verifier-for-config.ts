import { AuthConfig } from './config';
import { developmentKeys } from './dev-keys';
import { TokenVerifier, createTokenVerifier } from './verify-token';

/** The verifier a configuration asks for: the identity provider's JWKS, or the development key pair's. */
export async function tokenVerifierFor(config: AuthConfig): Promise<TokenVerifier> {
  const keys = config.keys.kind === 'remote' ? { jwksUrl: config.keys.jwksUrl } : { jwks: (await developmentKeys(config.keys.directory)).jwks };
  return createTokenVerifier({ keys, issuer: config.issuer, audience: config.audience, clockToleranceSeconds: config.clockToleranceSeconds });
}
