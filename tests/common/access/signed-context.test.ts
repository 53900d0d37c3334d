import { createHmac } from 'node:crypto';
import { newAccessContextSecret } from '../../../common/src/access/access-context-secret';
import { ACCESS_CONTEXT_HEADER, ACCESS_SIGNATURE_HEADER, signAccessContext, verifyAccessContext } from '../../../common/src/access/signed-context';
import { testAccessContext } from '../../support/access';

const secret = newAccessContextSecret();
const now = new Date('2026-11-21T03:00:00Z');
const seconds = (s: number): Date => new Date(now.getTime() + s * 1000);

const decoded = (value: string): Record<string, unknown> => JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
const encoded = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Headers carrying `payload` with a valid signature: what only a holder of the secret can make. */
const signedPayload = (payload: unknown): Record<string, string> => {
  const context = encoded(payload);
  return { [ACCESS_CONTEXT_HEADER]: context, [ACCESS_SIGNATURE_HEADER]: createHmac('sha256', secret).update(context).digest('base64url') };
};

describe('signAccessContext and verifyAccessContext', () => {
  it('give back the context that was signed, with when it was signed', () => {
    const context = testAccessContext({ authTime: new Date('2026-11-21T02:55:00Z') });
    const headers = signAccessContext(context, secret, now);
    expect(verifyAccessContext(headers, secret, seconds(1))).toEqual({ ok: true, context, issuedAt: now });
  });

  it('carry the request id and signing time in base64url JSON, with an HMAC-SHA256 of it', () => {
    const context = testAccessContext();
    const headers = signAccessContext(context, secret, now);
    const { terminalKind: _kind, ...caller } = context.caller;
    expect(decoded(headers[ACCESS_CONTEXT_HEADER])).toMatchObject({ requestId: context.requestId, issuedAt: now.getTime(), caller, terminalKind: context.terminalKind });
    expect(headers[ACCESS_SIGNATURE_HEADER]).toBe(createHmac('sha256', secret).update(headers[ACCESS_CONTEXT_HEADER]).digest('base64url'));
  });

  it('carry the caller\'s terminal kind once, as the context\'s, and give it back in the caller too', () => {
    const context = testAccessContext({
      caller: { role: 'PHYSICIAN', institutionCode: '0110000007', qualification: 'PHYSICIAN', loginId: '0110000007-E02', terminalKind: 'EMERGENCY_ONLY', emergencyId: true },
      terminalKind: 'EMERGENCY_ONLY',
      terminalId: '4',
    });
    const headers = signAccessContext(context, secret, now);
    expect((decoded(headers[ACCESS_CONTEXT_HEADER]) as { caller: Record<string, unknown> }).caller).not.toHaveProperty('terminalKind');
    expect(verifyAccessContext(headers, secret, now)).toEqual({ ok: true, context, issuedAt: now });
  });

  it('keep a caller without optional parts as it is', () => {
    const context = testAccessContext({ caller: { role: 'ANALYST' }, terminalId: null, terminalKind: null, authTime: null, amr: [] });
    expect(verifyAccessContext(signAccessContext(context, secret, now), secret, now)).toEqual({ ok: true, context, issuedAt: now });
  });

  it.each([
    ['no headers', {}],
    ['no signature', { [ACCESS_CONTEXT_HEADER]: 'e30' }],
    ['no context', { [ACCESS_SIGNATURE_HEADER]: 'x'.repeat(43) }],
    ['empty values', { [ACCESS_CONTEXT_HEADER]: '', [ACCESS_SIGNATURE_HEADER]: '' }],
  ])('refuse %s as MISSING', (_case, headers) => {
    expect(verifyAccessContext(headers, secret, now)).toEqual({ ok: false, failure: 'MISSING' });
  });

  it('refuse a context changed after signing', () => {
    const headers = signAccessContext(testAccessContext(), secret, now);
    const changed = { ...decoded(headers[ACCESS_CONTEXT_HEADER]), caller: { role: 'AUDITOR' } };
    expect(verifyAccessContext({ ...headers, [ACCESS_CONTEXT_HEADER]: encoded(changed) }, secret, now)).toEqual({ ok: false, failure: 'BAD_SIGNATURE' });
  });

  it('refuse a changed signature', () => {
    const headers = signAccessContext(testAccessContext(), secret, now);
    const signature = headers[ACCESS_SIGNATURE_HEADER];
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(verifyAccessContext({ ...headers, [ACCESS_SIGNATURE_HEADER]: flipped }, secret, now)).toEqual({ ok: false, failure: 'BAD_SIGNATURE' });
  });

  it('refuse a context signed with another secret', () => {
    const headers = signAccessContext(testAccessContext(), newAccessContextSecret(), now);
    expect(verifyAccessContext(headers, secret, now)).toEqual({ ok: false, failure: 'BAD_SIGNATURE' });
  });

  it('accept a context for 60 seconds after signing, and not after', () => {
    const headers = signAccessContext(testAccessContext(), secret, now);
    expect(verifyAccessContext(headers, secret, seconds(60)).ok).toBe(true);
    expect(verifyAccessContext(headers, secret, seconds(61))).toEqual({ ok: false, failure: 'EXPIRED' });
  });

  it('tolerate a few seconds of clock difference, not a context signed further in the future', () => {
    const headers = signAccessContext(testAccessContext(), secret, now);
    expect(verifyAccessContext(headers, secret, seconds(-5)).ok).toBe(true);
    expect(verifyAccessContext(headers, secret, seconds(-6))).toEqual({ ok: false, failure: 'NOT_YET_VALID' });
  });

  it.each([
    ['a repeated header', () => ({ ...signAccessContext(testAccessContext(), secret, now), [ACCESS_CONTEXT_HEADER]: ['a', 'b'] })],
    ['a signature of the wrong length', () => ({ ...signAccessContext(testAccessContext(), secret, now), [ACCESS_SIGNATURE_HEADER]: 'abc' })],
    ['a context that is not base64url', () => ({ ...signAccessContext(testAccessContext(), secret, now), [ACCESS_CONTEXT_HEADER]: 'a b' })],
    ['an oversized context', () => signedPayload({ padding: 'x'.repeat(5000) })],
    ['signed bytes that are not JSON', () => {
      const context = Buffer.from('not json').toString('base64url');
      return { [ACCESS_CONTEXT_HEADER]: context, [ACCESS_SIGNATURE_HEADER]: createHmac('sha256', secret).update(context).digest('base64url') };
    }],
  ])('refuse %s as MALFORMED', (_case, headers) => {
    expect(verifyAccessContext(headers(), secret, now)).toEqual({ ok: false, failure: 'MALFORMED' });
  });

  const valid = (): Record<string, unknown> => decoded(signAccessContext(testAccessContext(), secret, now)[ACCESS_CONTEXT_HEADER]);
  it.each([
    ['another version', { v: 1 }],
    ['a login id that is not one', { caller: { role: 'PHYSICIAN', loginId: 'a b' } }],
    ['an emergency ID mark that is not a flag', { caller: { role: 'PHYSICIAN', emergencyId: 'yes' } }],
    ['a disaster authority that is not a flag', { caller: { role: 'NURSE', disasterAuthority: 1 } }],
    ['a role the policy does not know', { caller: { role: 'ADMIN' } }],
    ['a qualification the registry does not know', { caller: { role: 'PHYSICIAN', qualification: 'SURGEON' } }],
    ['an institution code that is not one', { caller: { role: 'CLERK', institutionCode: '123' } }],
    ['a terminal id without a kind', { terminalKind: null }],
    ['a terminal kind the registry does not know', { terminalKind: 'KIOSK' }],
    ['no request id', { requestId: undefined }],
    ['no user id', { userId: undefined }],
    ['a user id with a space', { userId: 'a b' }],
    ['a signing time that is not a time', { issuedAt: 'now' }],
    ['amr that is not a list of strings', { amr: 'pwd' }],
  ])('refuse a validly signed context with %s as MALFORMED', (_case, change) => {
    expect(verifyAccessContext(signedPayload({ ...valid(), ...change }), secret, now)).toEqual({ ok: false, failure: 'MALFORMED' });
  });

  it('refuse to sign or verify with a secret under 32 bytes', () => {
    const short = 'x'.repeat(31);
    expect(() => signAccessContext(testAccessContext(), short, now)).toThrow('at least 32 bytes');
    expect(() => verifyAccessContext(signAccessContext(testAccessContext(), secret, now), short, now)).toThrow('at least 32 bytes');
  });
});
