import { addDays, todayInJapan } from '../../common/src/japan-calendar';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

/**
 * The registries of emergency and disaster access (DOMAIN.md §3; the issue's rule 1), kept by
 * operators through mutations end to end: emergency-only terminals, emergency IDs, disaster
 * authority. Whoever else asks is refused, and nothing is written.
 */

const REGISTER_TERMINAL = 'mutation($input: RegisterEmergencyTerminalInput!) { registerEmergencyTerminal(input: $input) { id kind label retiredAt } }';
const RETIRE_TERMINAL = 'mutation($i: String!, $id: ID!) { retireTerminal(institutionCode: $i, terminalId: $id) { id retiredAt } }';
const ISSUE_ID = 'mutation($i: String!, $s: String!) { issueEmergencyId(institutionCode: $i, staffLoginId: $s) { loginId issuedAt revokedAt staff { name qualification } } }';
const REVOKE_ID = 'mutation($id: String!) { revokeEmergencyId(emergencyId: $id) { loginId revokedAt } }';
const GRANT_AUTHORITY = 'mutation($i: String!, $s: String!) { grantDisasterAuthority(institutionCode: $i, staffLoginId: $s) { grantedAt revokedAt staff { qualification } } }';
const REVOKE_AUTHORITY = 'mutation($i: String!, $s: String!) { revokeDisasterAuthority(institutionCode: $i, staffLoginId: $s) { revokedAt } }';
const ROSTER = `query($code: String!) {
  institution(code: $code) {
    terminals { id kind label retiredAt }
    staff { name qualification emergencyIds { loginId revokedAt } disasterAuthority }
  }
}`;
const OPEN_WITH_CARD = `mutation($input: EmergencyAccessWithCardInput!) {
  openEmergencyAccessWithCard(input: $input) { grant { basis openedBy } viewer { loginId terminal { label } } }
}`;

const reasonOrCode = (response: GraphQLResponse<unknown>): string[] =>
  (response.errors ?? []).map((error) => String(error.extensions?.code === 'FORBIDDEN' ? error.extensions.reason : error.extensions?.code));

describe('the registries of emergency and disaster access, kept by operators', () => {
  let t: TestStack;
  let hospital: string;
  let physicianLogin: string;
  let clerkLogin: string;
  let patientCard: { serial: string; kind: string };
  let newTerminal: string;
  let newEmergencyId: string;
  const rowCounts = async (): Promise<number[]> => {
    const [row] = await t.sql<{ counts: number[] }>(
      `SELECT ARRAY[(SELECT count(*) FROM eligibility.terminals), (SELECT count(*) FROM eligibility.emergency_ids), (SELECT count(*) FROM eligibility.disaster_authorities)]::int[] AS counts`,
    );
    return row!.counts;
  };

  beforeAll(async () => {
    t = await startTestStack({ people: 40 });
    hospital = t.persona('physician').institution!;
    physicianLogin = t.persona('physician').sub;
    clerkLogin = t.persona('clerk').sub;
    const [card] = await t.sql<{ serial: string; kind: string }>(
      `SELECT serial, kind FROM eligibility.card_certificates WHERE person_id = $1 AND kind = 'CARD' AND revoked_on IS NULL ORDER BY issued_on DESC LIMIT 1`,
      [t.persona('patient').sub],
    );
    patientCard = card!;
  });
  afterAll(async () => t?.stop());

  it.each(['physician', 'clerk', 'emergency-physician', 'auditor', 'analyst', 'patient'] as const)('refuses %s every registry mutation, writing nothing', async (name) => {
    const before = await rowCounts();
    const as = await t.authorization(name);
    const answers = await Promise.all([
      postGraphQL(t.url, REGISTER_TERMINAL, { input: { institutionCode: hospital, label: '救急外来2' } }, as),
      postGraphQL(t.url, RETIRE_TERMINAL, { i: hospital, id: t.persona('physician').terminal }, as),
      postGraphQL(t.url, ISSUE_ID, { i: hospital, s: physicianLogin }, as),
      postGraphQL(t.url, REVOKE_ID, { id: t.persona('emergency-physician').sub }, as),
      postGraphQL(t.url, GRANT_AUTHORITY, { i: hospital, s: clerkLogin }, as),
      postGraphQL(t.url, REVOKE_AUTHORITY, { i: hospital, s: t.persona('disaster-nurse').sub }, as),
    ]);
    expect(answers.map(reasonOrCode)).toEqual(answers.map(() => ['ROLE_NOT_PERMITTED']));
    expect(await rowCounts()).toEqual(before);
  });

  it('an operator registers an emergency-only terminal and issues an emergency ID: with them, the physician opens emergency access', async () => {
    const operator = await t.authorization('operator');
    const terminal = await postGraphQL<{ registerEmergencyTerminal: { id: string } }>(t.url, REGISTER_TERMINAL, { input: { institutionCode: hospital, label: '救急外来2' } }, operator);
    expect(terminal.data?.registerEmergencyTerminal).toEqual({ id: expect.stringMatching(/^[0-9]+$/), kind: 'EMERGENCY_ONLY', label: '救急外来2', retiredAt: null });
    newTerminal = terminal.data!.registerEmergencyTerminal.id;
    const issued = await postGraphQL<{ issueEmergencyId: { loginId: string } }>(t.url, ISSUE_ID, { i: hospital, s: physicianLogin }, operator);
    expect(issued.data?.issueEmergencyId).toEqual({ loginId: expect.stringMatching(new RegExp(`^${hospital}-E[0-9]{2}$`)), issuedAt: expect.any(String), revokedAt: null, staff: { name: expect.any(String), qualification: 'PHYSICIAN' } });
    newEmergencyId = issued.data!.issueEmergencyId.loginId;

    const opened = await postGraphQL(
      t.url,
      OPEN_WITH_CARD,
      { input: { certificateSerial: patientCard.serial, certificateKind: patientCard.kind, purpose: 'PROTECT_LIFE_OR_BODY' } },
      await t.authorizationAs({ ...t.persona('physician'), sub: newEmergencyId, terminal: newTerminal }),
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data).toEqual({ openEmergencyAccessWithCard: { grant: { basis: 'EMERGENCY_WITH_CARD', openedBy: newEmergencyId }, viewer: { loginId: newEmergencyId, terminal: { label: '救急外来2' } } } });
  });

  it('emergency IDs go to qualified staff only, numbered apart at each institution', async () => {
    const operator = await t.authorization('operator');
    expect((await postGraphQL(t.url, ISSUE_ID, { i: hospital, s: clerkLogin }, operator)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'staffLoginId' });
    const second = await postGraphQL<{ issueEmergencyId: { loginId: string } }>(t.url, ISSUE_ID, { i: hospital, s: physicianLogin }, operator);
    expect(second.data?.issueEmergencyId.loginId).not.toBe(newEmergencyId);
  });

  it('a revoked emergency ID and a retired terminal sign no one in', async () => {
    const operator = await t.authorization('operator');
    const spare = await postGraphQL<{ issueEmergencyId: { loginId: string } }>(t.url, ISSUE_ID, { i: hospital, s: physicianLogin }, operator);
    const spareId = spare.data!.issueEmergencyId.loginId;
    const revoked = await postGraphQL<{ revokeEmergencyId: { revokedAt: string | null } }>(t.url, REVOKE_ID, { id: spareId }, operator);
    expect(revoked.data?.revokeEmergencyId.revokedAt).toEqual(expect.any(String));
    const registered = await postGraphQL<{ registerEmergencyTerminal: { id: string } }>(t.url, REGISTER_TERMINAL, { input: { institutionCode: hospital, label: '救急外来3' } }, operator);
    const spareTerminal = registered.data!.registerEmergencyTerminal.id;
    const retired = await postGraphQL<{ retireTerminal: { retiredAt: string | null } }>(t.url, RETIRE_TERMINAL, { i: hospital, id: spareTerminal }, operator);
    expect(retired.data?.retireTerminal.retiredAt).toEqual(expect.any(String));

    const withRevokedId = await postGraphQL(t.url, '{ __typename }', undefined, await t.authorizationAs({ ...t.persona('physician'), sub: spareId, terminal: newTerminal }));
    const atRetiredTerminal = await postGraphQL(t.url, '{ __typename }', undefined, await t.authorizationAs({ ...t.persona('physician'), sub: newEmergencyId, terminal: spareTerminal }));
    expect([withRevokedId.status, withRevokedId.errors?.[0]?.extensions?.reason]).toEqual([401, 'UNKNOWN_SUBJECT']);
    expect([atRetiredTerminal.status, atRetiredTerminal.errors?.[0]?.extensions?.reason]).toEqual([401, 'UNKNOWN_TERMINAL']);
  });

  it('disaster authority lets staff without a qualification open disaster access, until revoked', async () => {
    const operator = await t.authorization('operator');
    // A nurse of the hospital not signed in before (the gateway keeps a sign-in's registry entry for a minute).
    const [nurse] = await t.sql<{ login: string }>(`SELECT login_id AS login FROM eligibility.staff WHERE institution_code = $1 AND qualification = 'NURSE'`, [hospital]);
    const asNurse = { ...t.persona('physician'), sub: nurse!.login };
    const [location] = await t.sql<{ prefectureCode: string; municipalityCode: string }>(
      'SELECT prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode" FROM eligibility.institutions WHERE code = $1',
      [hospital],
    );
    const today = todayInJapan();
    await postGraphQL(t.url, 'mutation($input: DeclareDisasterInput!) { declareDisaster(input: $input) { id } }', { input: { name: '試験災害', regions: [location], startsOn: today, endsOn: addDays(today, 3) } }, operator);
    const search = { input: { patient: { name: '該当 なし', birthDate: '1970-01-01', sex: 'MALE', address: '中央' }, purpose: 'PROTECT_LIFE_OR_BODY' } };
    const openAs = async (as: Record<string, string>) => postGraphQL(t.url, 'mutation($input: DisasterAccessInput!) { openDisasterAccess(input: $input) { grant { id } } }', search, as);
    // Without the authority the clerk is refused; a nurse with it is let through to the search (which finds no one).
    expect(reasonOrCode(await openAs(await t.authorization('clerk')))).toEqual(['QUALIFICATION_REQUIRED']);
    const granted = await postGraphQL(t.url, GRANT_AUTHORITY, { i: hospital, s: nurse!.login }, operator);
    expect(granted.data).toEqual({ grantDisasterAuthority: { grantedAt: expect.any(String), revokedAt: null, staff: { qualification: 'NURSE' } } });
    // Granting again keeps the grant in force.
    expect((await postGraphQL<{ grantDisasterAuthority: unknown }>(t.url, GRANT_AUTHORITY, { i: hospital, s: nurse!.login }, operator)).data).toEqual(granted.data);
    expect(reasonOrCode(await openAs(await t.authorizationAs(asNurse)))).toEqual(['NO_MATCH']);

    const roster = await postGraphQL<{ institution: { terminals: Array<{ label: string; retiredAt: string | null }>; staff: Array<Record<string, unknown>> } }>(
      t.url,
      ROSTER,
      { code: hospital },
      operator,
    );
    expect(roster.data?.institution.terminals.filter((terminal) => terminal.label.startsWith('救急外来')).map((terminal) => [terminal.label, terminal.retiredAt !== null])).toEqual([
      ['救急外来2', false],
      ['救急外来3', true],
    ]);
    expect(roster.data?.institution.staff.find((member) => member.qualification === 'NURSE')).toMatchObject({ emergencyIds: [], disasterAuthority: true });
    expect(roster.data?.institution.staff.find((member) => member.qualification === 'CLERK')).toMatchObject({ disasterAuthority: false });

    const revoked = await postGraphQL<{ revokeDisasterAuthority: { revokedAt: string } }>(t.url, REVOKE_AUTHORITY, { i: hospital, s: nurse!.login }, operator);
    expect(revoked.data?.revokeDisasterAuthority.revokedAt).toEqual(expect.any(String));
    expect(reasonOrCode(await postGraphQL(t.url, REVOKE_AUTHORITY, { i: hospital, s: nurse!.login }, operator))).toEqual(['NOT_FOUND']);
    const [open] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM eligibility.disaster_authorities d JOIN eligibility.staff s ON s.id = d.staff_id WHERE s.login_id = $1 AND d.revoked_at IS NULL', [nurse!.login]);
    expect(open!.n).toBe(0);
  });

  it('its own roster is the institution\'s staff\'s to read too, another institution\'s is not', async () => {
    const own = await postGraphQL(t.url, ROSTER, { code: hospital }, await t.authorization('clerk'));
    expect(own.errors).toBeUndefined();
    const other = await postGraphQL(t.url, ROSTER, { code: hospital }, await t.authorization('pharmacist'));
    expect(new Set(reasonOrCode(other))).toEqual(new Set(['NOT_OWN_RECORD']));
  });
});
