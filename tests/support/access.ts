import { AccessContext } from '../../common/src/access/access-context';
import { newAccessContextSecret } from '../../common/src/access/access-context-secret';
import { signAccessContext } from '../../common/src/access/signed-context';

/** The access-context secret of this test process' subgraphs. */
export const TEST_ACCESS_CONTEXT_SECRET = newAccessContextSecret();

/** An access context as the gateway would send it for a physician at a terminal; `overrides` replace parts of it. */
export function testAccessContext(overrides: Partial<AccessContext> = {}): AccessContext {
  return {
    requestId: 'a7c8a6a2-4a57-4b0e-9d3f-0c1e2b3a4d5f',
    userId: '0110000007-02',
    caller: {
      role: 'PHYSICIAN',
      institutionCode: '0110000007',
      qualification: 'PHYSICIAN',
      loginId: '0110000007-02',
      terminalKind: 'EXAMINATION_ROOM',
      emergencyId: false,
      disasterAuthority: false,
    },
    terminalId: '2',
    terminalKind: 'EXAMINATION_ROOM',
    authTime: new Date(Date.now() - 60_000),
    amr: ['pwd'],
    ...overrides,
  };
}

/** The headers a subgraph accepts a request with, as the gateway signs them. */
export const signedHeaders = (secret: string = TEST_ACCESS_CONTEXT_SECRET, context: AccessContext = testAccessContext(), now?: Date): Record<string, string> => ({
  ...signAccessContext(context, secret, now),
});

/** Signed headers whose context was changed after signing (the caller made an auditor). */
export function tamperedHeaders(secret: string = TEST_ACCESS_CONTEXT_SECRET): Record<string, string> {
  const headers = signedHeaders(secret);
  const json = JSON.parse(Buffer.from(headers['x-access-context']!, 'base64url').toString('utf8')) as { caller: { role: string } };
  json.caller.role = 'AUDITOR';
  return { ...headers, 'x-access-context': Buffer.from(JSON.stringify(json)).toString('base64url') };
}

/** Requests a subgraph must refuse, with the `extensions.reason` it must give. */
export const REFUSED_REQUESTS: ReadonlyArray<readonly [label: string, headers: () => Record<string, string>, reason: string]> = [
  ['without a signed context', () => ({}), 'SIGNED_CONTEXT_MISSING'],
  ['with a context changed after signing', () => tamperedHeaders(), 'SIGNED_CONTEXT_BAD_SIGNATURE'],
  ['with a context signed with another secret', () => signedHeaders(newAccessContextSecret()), 'SIGNED_CONTEXT_BAD_SIGNATURE'],
  ['with a context signed over a minute ago', () => signedHeaders(TEST_ACCESS_CONTEXT_SECRET, testAccessContext(), new Date(Date.now() - 61_000)), 'SIGNED_CONTEXT_EXPIRED'],
  ['with a context signed a minute ahead of the clock', () => signedHeaders(TEST_ACCESS_CONTEXT_SECRET, testAccessContext(), new Date(Date.now() + 60_000)), 'SIGNED_CONTEXT_NOT_YET_VALID'],
  ['with a signature that is not one', () => ({ ...signedHeaders(), 'x-access-signature': 'not-a-signature' }), 'SIGNED_CONTEXT_MALFORMED'],
];
