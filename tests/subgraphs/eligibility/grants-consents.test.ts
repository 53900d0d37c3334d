import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { GrantStore } from '../../../common/src/access/grant-store';
import { withCheckDigit } from '../../../common/src/identifiers';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { Consents } from '../../../subgraphs/eligibility/src/grants/consents';
import { ConsentReportInput } from '../../../subgraphs/eligibility/src/grants/consent-report';
import { createGrantFixture, GrantFixture, insertConsent } from './grants-fixtures';

/** These tests call the consent service directly; who may call it is tested over HTTP (grants.test.ts). */
const authorized = (): void => undefined;

/** Consent as the eligibility subgraph records, revokes and reads it, on a real PostgreSQL. */
const NOW = new Date('2026-11-01T01:00:00Z');
const HOUR_MS = 60 * 60 * 1000;

let fixture: GrantFixture;
let clock: Date;
let cache: MemoryCache;
let consents: Consents;
beforeAll(async () => {
  fixture = await createGrantFixture();
});
afterAll(async () => {
  await fixture.close();
});
beforeEach(() => {
  clock = NOW;
  cache = new MemoryCache();
  consents = new Consents(fixture.pool, fixture.db, new GrantStore(fixture.db, cache, { now: () => clock }), () => clock);
});
afterEach(async () => {
  await fixture.pool.query('DELETE FROM grants');
});

const report = (change: Partial<ConsentReportInput> = {}): ConsentReportInput => ({
  institutionCode: fixture.institution.code,
  terminalId: fixture.institution.terminalId,
  certificateSerial: fixture.certificates.card,
  certificateKind: 'CARD',
  verification: 'FACE',
  categories: ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'],
  // The reader verified the patient just now, a verification of its own.
  verifiedAt: clock.toISOString(),
  verificationId: randomUUID(),
  ...change,
});

const grantRows = async () => (await fixture.pool.query('SELECT * FROM grants')).rows;

async function refusal(attempt: Promise<unknown>): Promise<GraphQLError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('recording a consent from the card reader', () => {
  test.each<[string, Partial<ConsentReportInput>, string]>([
    ['the card with face recognition', { verification: 'FACE' }, 'CARD_FACE'],
    ['the card with the PIN', { verification: 'PIN' }, 'CARD_PIN'],
    ['the smartphone certificate', { certificateSerial: 'a1b2c3d4e5f60002', certificateKind: 'SMARTPHONE', verification: 'SMARTPHONE' }, 'SMARTPHONE'],
  ])('verified with %s: a grant lasting 24 hours', async (_, change, verification) => {
    const grant = await consents.record(report(change), authorized);
    expect(grant).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      basis: 'CONSENT',
      personId: fixture.personId,
      institutionCode: fixture.institution.code,
      categories: ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'],
      verification,
      terminalId: fixture.institution.terminalId,
      grantedAt: NOW,
      expiresAt: new Date(NOW.getTime() + 24 * HOUR_MS),
      revokedAt: null,
      openedBy: null,
      purpose: null,
      identification: null,
      disasterId: null,
    });
    expect(await grantRows()).toHaveLength(1);
  });

  test('the categories the patient chose, each once in a fixed order; the others are absent', async () => {
    const grant = await consents.record(report({ categories: ['MEDICAL_CARE', 'MEDICATIONS', 'MEDICAL_CARE'] }), authorized);
    expect(grant.categories).toEqual(['MEDICATIONS', 'MEDICAL_CARE']);
    expect(await consents.statuses(fixture.personId, fixture.institution.code, authorized)).toEqual([
      { category: 'MEDICATIONS', given: true, givenAt: NOW, expiresAt: new Date(NOW.getTime() + 24 * HOUR_MS) },
      { category: 'CHECKUPS', given: false, givenAt: null, expiresAt: null },
      { category: 'MEDICAL_CARE', given: true, givenAt: NOW, expiresAt: new Date(NOW.getTime() + 24 * HOUR_MS) },
    ]);
  });

  test('a new consent at the institution supersedes the earlier one', async () => {
    const earlier = await consents.record(report(), authorized);
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([true, true, true]);
    clock = new Date(NOW.getTime() + HOUR_MS);
    const later = await consents.record(report({ categories: ['CHECKUPS'], verification: 'PIN' }), authorized);
    const { rows } = await fixture.pool.query<{ id: string; revoked_at: Date | null }>('SELECT id::text, revoked_at FROM grants ORDER BY granted_at');
    expect(rows).toEqual([
      { id: earlier.id, revoked_at: clock },
      { id: later.id, revoked_at: null },
    ]);
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([false, true, false]);
  });

  test('a consent at another institution leaves this one in force', async () => {
    await consents.record(report(), authorized);
    await consents.record(report({ institutionCode: fixture.otherInstitution.code, terminalId: fixture.otherInstitution.terminalId }), authorized);
    const { rows } = await fixture.pool.query('SELECT 1 FROM grants WHERE revoked_at IS NULL');
    expect(rows).toHaveLength(2);
  });

  test('all or nothing: when the new grant cannot be written, the earlier one is not revoked either', async () => {
    const earlier = await consents.record(report(), authorized);
    await fixture.pool.query(`CREATE FUNCTION refuse_grant() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await fixture.pool.query('CREATE TRIGGER refuse_grant BEFORE INSERT ON grants FOR EACH ROW EXECUTE FUNCTION refuse_grant()');
    try {
      clock = new Date(NOW.getTime() + HOUR_MS);
      await expect(consents.record(report({ categories: ['CHECKUPS'] }), authorized)).rejects.toThrow('refused');
    } finally {
      await fixture.pool.query('DROP TRIGGER refuse_grant ON grants; DROP FUNCTION refuse_grant()');
    }
    const { rows } = await fixture.pool.query<{ id: string; revoked_at: Date | null }>('SELECT id::text, revoked_at FROM grants');
    expect(rows).toEqual([{ id: earlier.id, revoked_at: null }]);
  });
});

describe('a report is refused with BAD_USER_INPUT naming the argument, and nothing is written', () => {
  const other = () => fixture.otherInstitution;
  const wrongCheckDigit = () => fixture.institution.code.slice(0, 9) + String((Number(fixture.institution.code[9]) + 1) % 10);
  test.each<[string, () => Partial<ConsentReportInput>, string, string, boolean]>([
    ['a malformed institution code', () => ({ institutionCode: wrongCheckDigit() }), 'input.institutionCode', 'check digit', false],
    ['an institution that is not registered', () => ({ institutionCode: withCheckDigit('131999999') }), 'input.institutionCode', 'is not a registered institution', true],
    ['a malformed terminal id', () => ({ terminalId: 'reader-1' }), 'input.terminalId', 'must be a terminal id', false],
    ['a terminal that is not registered', () => ({ terminalId: '424242' }), 'input.terminalId', 'is not a registered terminal of this institution', true],
    ['a terminal of another institution', () => ({ terminalId: other().terminalId }), 'input.terminalId', 'is not a registered terminal of this institution', true],
    ['a malformed certificate serial', () => ({ certificateSerial: '1234' }), 'input.certificateSerial', 'must be 16 hexadecimal characters', false],
    ['an unknown certificate', () => ({ certificateSerial: 'FFFFFFFFFFFFFFFF' }), 'input.certificateSerial', 'is not a valid certificate', true],
    ['an expired certificate', () => ({ certificateSerial: fixture.certificates.expiredCard }), 'input.certificateSerial', 'is not a valid certificate', true],
    ['a revoked certificate', () => ({ certificateSerial: fixture.certificates.revokedCard }), 'input.certificateSerial', 'is not a valid certificate', true],
    ['a smartphone certificate reported as a card', () => ({ certificateSerial: fixture.certificates.smartphone }), 'input.certificateSerial', 'is not a valid certificate', true],
    ['a card verified as a smartphone', () => ({ verification: 'SMARTPHONE' }), 'input.verification', 'a My Number card is verified by FACE or PIN', false],
    ['a smartphone certificate verified by face', () => ({ certificateKind: 'SMARTPHONE', certificateSerial: fixture.certificates.smartphone, verification: 'FACE' }), 'input.verification', 'SMARTPHONE only', false],
    ['a smartphone certificate verified by PIN', () => ({ certificateKind: 'SMARTPHONE', certificateSerial: fixture.certificates.smartphone, verification: 'PIN' }), 'input.verification', 'SMARTPHONE only', false],
    ['no categories', () => ({ categories: [] }), 'input.categories', 'must list at least one category', false],
    ['a verification time without an offset', () => ({ verifiedAt: '2026-11-01T10:00:00' }), 'input.verifiedAt', 'ISO 8601 instant', false],
    ['a verification time that is a date', () => ({ verifiedAt: '2026-11-01' }), 'input.verifiedAt', 'ISO 8601 instant', false],
    ['a verification time on a day that does not exist', () => ({ verifiedAt: '2026-02-30T10:00:00+09:00' }), 'input.verifiedAt', 'ISO 8601 instant', false],
    ['a verification time of 24 o\'clock', () => ({ verifiedAt: '2026-11-01T24:00:00Z' }), 'input.verifiedAt', 'ISO 8601 instant', false],
    ['a verification id that is not a UUID', () => ({ verificationId: 'reader-1-000042' }), 'input.verificationId', 'a UUID', false],
    ['a verification id that is a My Number\'s twelve digits', () => ({ verificationId: '123456789018' }), 'input.verificationId', 'a UUID', false],
  ])('%s', async (_, change, argument, message, readsRegisters) => {
    const before = fixture.db.stats.statements;
    const error = await refusal(consents.record(report(change()), authorized));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toContain(message);
    // A malformed report is refused before any SQL; the rest after reading the registers, in a transaction that wrote nothing.
    expect(fixture.db.stats.statements - before > 0).toBe(readsRegisters);
    expect(await grantRows()).toEqual([]);
  });

  test('a refused report leaves the earlier consent in force', async () => {
    await consents.record(report(), authorized);
    await refusal(consents.record(report({ certificateSerial: fixture.certificates.expiredCard }), authorized));
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([true, true, true]);
  });
});

describe('revoking a consent', () => {
  test('sets when it was revoked, and consent is no longer given, though the answer was cached', async () => {
    const grant = await consents.record(report(), authorized);
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([true, true, true]);
    clock = new Date(NOW.getTime() + 5 * 60_000);
    const revoked = await consents.revoke(grant.id, fixture.institution.code, authorized);
    expect(revoked).toEqual({ ...grant, revokedAt: clock });
    expect(await consents.statuses(fixture.personId, fixture.institution.code, authorized)).toEqual(
      ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'].map((category) => ({ category, given: false, givenAt: null, expiresAt: null })),
    );
  });

  test('revoking it again returns it as it was revoked', async () => {
    const grant = await consents.record(report(), authorized);
    const first = await consents.revoke(grant.id, fixture.institution.code, authorized);
    clock = new Date(NOW.getTime() + HOUR_MS);
    expect(await consents.revoke(grant.id.toUpperCase(), fixture.institution.code, authorized)).toEqual(first);
  });

  test.each([
    ['at another institution', () => fixture.otherInstitution.code, (id: string) => id],
    ['that does not exist', () => fixture.institution.code, () => '00000000-0000-4000-8000-000000000000'],
  ])('a consent %s is NOT_FOUND, and nothing changes', async (_, institution, idOf) => {
    const grant = await consents.record(report(), authorized);
    const error = await refusal(consents.revoke(idOf(grant.id), institution(), authorized));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await grantRows()).toMatchObject([{ revoked_at: null }]);
  });

  test.each([
    ['a grant id that is not a UUID', 'grant-1', () => fixture.institution.code, 'grantId'],
    ['a malformed institution code', '00000000-0000-4000-8000-000000000000', () => '12', 'institutionCode'],
  ])('%s is BAD_USER_INPUT naming it, with no SQL run', async (_, grantId, institution, argument) => {
    const before = fixture.db.stats.statements;
    const error = await refusal(consents.revoke(grantId, institution(), authorized));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(fixture.db.stats.statements).toBe(before);
  });
});

describe('consent status per category', () => {
  test('nothing given before any consent', async () => {
    expect(await consents.statuses(fixture.personId, fixture.institution.code, authorized)).toEqual(
      ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'].map((category) => ({ category, given: false, givenAt: null, expiresAt: null })),
    );
  });

  test('given 23 h 59 min after the consent, and no longer after 24 h', async () => {
    const granted = new Date(NOW.getTime() - 23 * HOUR_MS - 59 * 60_000);
    await insertConsent(fixture.pool, { personId: fixture.personId, institutionCode: fixture.institution.code, terminalId: fixture.institution.terminalId, grantedAt: granted, categories: ['CHECKUPS'] });
    expect(await consents.statuses(fixture.personId, fixture.institution.code, authorized)).toContainEqual({
      category: 'CHECKUPS',
      given: true,
      givenAt: granted,
      expiresAt: new Date(granted.getTime() + 24 * HOUR_MS),
    });
    clock = new Date(NOW.getTime() + 2 * 60_000);
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([false, false, false]);
  });

  test('only at the institution it was given at', async () => {
    await consents.record(report(), authorized);
    expect((await consents.statuses(fixture.personId, fixture.otherInstitution.code, authorized)).map((s) => s.given)).toEqual([false, false, false]);
    expect((await consents.statuses(fixture.otherPersonId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([false, false, false]);
  });

  test('nothing given when there is no person or no institution to ask about, with no SQL run', async () => {
    await consents.record(report(), authorized);
    const before = fixture.db.stats.statements;
    expect((await consents.statusesAt(null, fixture.institution.code)).map((s) => s.given)).toEqual([false, false, false]);
    expect((await consents.statusesAt(fixture.personId, null)).map((s) => s.given)).toEqual([false, false, false]);
    expect(fixture.db.stats.statements).toBe(before);
  });

  test.each([
    ['personId', 'not-a-uuid', () => fixture.institution.code],
    ['institutionCode', '3f1c7a52-8d4e-4b6a-9c2f-0a1b2c3d4e5f', () => '131123456'],
  ])('a malformed %s is BAD_USER_INPUT naming it', async (argument, personId, institution) => {
    const error = await refusal(consents.statuses(personId, institution(), authorized));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('a report names a recent verification, recorded once (a report sent again is refused)', () => {
  const WINDOW_MS = 300_000;
  const ago = (ms: number) => new Date(clock.getTime() - ms).toISOString();

  async function refusedWithNothingWritten(input: ConsentReportInput, code: string): Promise<GraphQLError> {
    const rowsBefore = await grantRows();
    const error = await refusal(consents.record(input, authorized));
    expect(error.extensions).toMatchObject({ code });
    expect(await grantRows()).toEqual(rowsBefore);
    return error;
  }

  test('verified 5 minutes before it arrives: recorded, its 24 hours from the verification', async () => {
    const verifiedAt = new Date(NOW.getTime() - WINDOW_MS);
    const grant = await consents.record(report({ verifiedAt: verifiedAt.toISOString() }), authorized);
    expect(grant).toMatchObject({ grantedAt: verifiedAt, expiresAt: new Date(verifiedAt.getTime() + 24 * HOUR_MS) });
    expect(await grantRows()).toMatchObject([{ verified_at: verifiedAt }]);
  });

  test('dated by a reader whose clock runs 30 s ahead: recorded, its 24 hours from its arrival', async () => {
    const grant = await consents.record(report({ verifiedAt: new Date(NOW.getTime() + 30_000).toISOString() }), authorized);
    expect(grant).toMatchObject({ grantedAt: NOW, expiresAt: new Date(NOW.getTime() + 24 * HOUR_MS) });
  });

  test.each<[string, () => string]>([
    ['verified 5 minutes and 1 second before', () => ago(WINDOW_MS + 1000)],
    ['verified 25 hours before', () => ago(25 * HOUR_MS)],
    ['dated 31 s ahead of the clock', () => ago(-31_000)],
  ])('%s: VERIFICATION_STALE with the window, before any SQL, nothing written', async (_, verifiedAt) => {
    const before = fixture.db.stats.statements;
    const error = await refusedWithNothingWritten(report({ verifiedAt: verifiedAt() }), 'VERIFICATION_STALE');
    expect(error.extensions).toMatchObject({ maxAgeSeconds: 300 });
    expect(fixture.db.stats.statements).toBe(before);
  });

  test('the window is configured per deployment', async () => {
    const strict = new Consents(fixture.pool, fixture.db, new GrantStore(fixture.db, cache, { now: () => clock }), () => clock, 60);
    const error = await refusal(strict.record(report({ verifiedAt: ago(61_000) }), authorized));
    expect(error.extensions).toMatchObject({ code: 'VERIFICATION_STALE', maxAgeSeconds: 60 });
    await strict.record(report({ verifiedAt: ago(60_000) }), authorized);
    expect(await grantRows()).toHaveLength(1);
  });

  test('the same verification again (its id in either case): VERIFICATION_REPLAYED, nothing written, the consent it gave unchanged', async () => {
    const sent = report();
    const grant = await consents.record(sent, authorized);
    const recorded = await grantRows();
    clock = new Date(NOW.getTime() + 60_000);
    await refusedWithNothingWritten(sent, 'VERIFICATION_REPLAYED');
    await refusedWithNothingWritten({ ...sent, verificationId: sent.verificationId.toUpperCase(), categories: ['CHECKUPS'] }, 'VERIFICATION_REPLAYED');
    expect(await grantRows()).toEqual(recorded);
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.givenAt)).toEqual([grant.grantedAt, grant.grantedAt, grant.grantedAt]);
  });

  test('a verification id already recorded is refused whatever else the report says: another certificate, another institution', async () => {
    const { verificationId } = report();
    await consents.record(report({ verificationId }), authorized);
    await refusedWithNothingWritten(
      report({ verificationId, certificateSerial: fixture.certificates.smartphone, certificateKind: 'SMARTPHONE', verification: 'SMARTPHONE' }),
      'VERIFICATION_REPLAYED',
    );
    await refusedWithNothingWritten(
      report({ verificationId, institutionCode: fixture.otherInstitution.code, terminalId: fixture.otherInstitution.terminalId }),
      'VERIFICATION_REPLAYED',
    );
  });

  test('a withdrawn consent is not brought back by its report sent again', async () => {
    const sent = report();
    const grant = await consents.record(sent, authorized);
    clock = new Date(NOW.getTime() + 60_000);
    await consents.revoke(grant.id, fixture.institution.code, authorized);
    await refusedWithNothingWritten(sent, 'VERIFICATION_REPLAYED');
    expect((await consents.statuses(fixture.personId, fixture.institution.code, authorized)).map((s) => s.given)).toEqual([false, false, false]);
  });

  test('the same report sent six times at once: one consent recorded, the others VERIFICATION_REPLAYED', async () => {
    const sent = report();
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => consents.record(sent, authorized)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const codes = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as GraphQLError).extensions?.code] : []));
    expect(codes).toEqual(Array(5).fill('VERIFICATION_REPLAYED'));
    expect(await grantRows()).toMatchObject([{ verification_id: sent.verificationId, revoked_at: null }]);
  });

  test('the same verification id in reports of two people at once: one consent recorded', async () => {
    await fixture.pool.query(
      `INSERT INTO card_certificates (serial, person_id, kind, issued_on, expires_on) VALUES ('B1B2C3D4E5F60001', $1, 'CARD', '2024-01-01', '2034-01-01')`,
      [fixture.otherPersonId],
    );
    try {
      const { verificationId } = report();
      const outcomes = await Promise.allSettled([
        consents.record(report({ verificationId }), authorized),
        consents.record(report({ verificationId, certificateSerial: 'B1B2C3D4E5F60001' }), authorized),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
      expect((rejected.reason as GraphQLError).extensions?.code).toBe('VERIFICATION_REPLAYED');
      expect(await grantRows()).toHaveLength(1);
    } finally {
      await fixture.pool.query('DELETE FROM grants');
      await fixture.pool.query(`DELETE FROM card_certificates WHERE serial = 'B1B2C3D4E5F60001'`);
    }
  });
});
