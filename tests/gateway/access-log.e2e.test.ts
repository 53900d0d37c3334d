import { AccessEvent, ChainedAccessEvent } from '../../common/src/audit/access-event';
import { EventRow, eventOfRow, SELECT_EVENT } from '../../common/src/audit/event-row';
import { decidedFields } from '../../common/src/audit/field-decisions';
import { verifyAccessLog } from '../../common/src/audit/verify-access-log';
import { AccessLogWriter } from '../../gateway/src/audit/access-log-writer';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { gatewayConfigFor } from '../support/gateway-config';
import { accessEvent } from '../common/audit/fixtures';
import { GraphQLResponse } from '../support/graphql';
import { startTestStack, TEST_AS_OF, TestStack } from '../support/stack';

/**
 * The access log (DOMAIN.md §6) end to end: every request that reaches a person's data, allowed
 * or refused, is an event in PostgreSQL before its answer arrives; without the log the answer is
 * AUDIT_UNAVAILABLE; the person reads who looked at them, auditors search every event.
 */

type Headers = Record<string, string>;

interface Answer<T> extends GraphQLResponse<T> {
  readonly requestId: string | null;
}

/** A person with a certificate in force (to sign in), claims and dispensings, insured under numbers that name them alone. */
const PERSONS = `SELECT p.id::text AS id, q.insurer_number, q.symbol, q.number, q.branch FROM eligibility.people p
   JOIN eligibility.qualifications q ON q.person_id = p.id AND q.lost_on IS NULL
  WHERE EXISTS (SELECT 1 FROM eligibility.card_certificates cc WHERE cc.person_id = p.id AND cc.revoked_on IS NULL
          AND cc.issued_on <= least($1::date, now()::date) AND greatest($1::date, now()::date) < cc.expires_on)
    AND EXISTS (SELECT 1 FROM receipts.claims c WHERE c.person_id = p.id)
    AND EXISTS (SELECT 1 FROM prescriptions.dispensings d WHERE d.person_id = p.id)
    AND (SELECT count(*) FROM eligibility.qualifications o
          WHERE (o.insurer_number, o.symbol, o.number, o.branch) IS NOT DISTINCT FROM (q.insurer_number, q.symbol, q.number, q.branch)) = 1
  ORDER BY p.id`;

interface Insured {
  readonly id: string;
  readonly insurer_number: string;
  readonly symbol: string | null;
  readonly number: string;
  readonly branch: string;
}

const RECORD = `query($id: ID!) { person(id: $id) {
  name { kanji }
  medications(first: 2) { nodes { drugName dispensingInstitutionName } }
  claims(first: 1) { nodes { treatmentMonth outcome } }
} }`;

describe('the access log, through the gateway', () => {
  let t: TestStack;
  let people: Insured[];
  let consented: Insured;
  let other: Insured;

  async function ask<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown>, headers: Headers): Promise<Answer<T>> {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status, requestId: response.headers.get('x-request-id') };
  }

  const eventsOf = async (requestId: string | null): Promise<ChainedAccessEvent[]> =>
    (await t.sql<EventRow & Record<string, unknown>>(`SELECT ${SELECT_EVENT} FROM audit.access_events e WHERE e.request_id = $1 ORDER BY e.person_id`, [requestId])).map(eventOfRow);
  const fieldsOf = (event: AccessEvent) => Object.fromEntries(decidedFields(event.fields).map((f) => [f.field, f.allowed ? `allowed${f.basis ? ` ${f.basis}` : ''}` : f.denyReasons.join(',')]));

  beforeAll(async () => {
    t = await startTestStack({ people: 150 });
    people = await t.sql<Insured & Record<string, unknown>>(PERSONS, [TEST_AS_OF]);
    [consented, other] = [people[0]!, people[1]!];
    await t.grantConsent(consented.id);
  });

  afterAll(async () => {
    await t?.stop();
  });

  describe('what an event records (one per request and person, allowed or refused)', () => {
    it('a physician reading under consent: who, qualification, institution, terminal, basis, purpose, the fields with what was decided, the request id', async () => {
      const answer = await ask(t.url, RECORD, { id: consented.id }, await t.authorization('physician'));
      expect(answer.status).toBe(200);
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const physician = t.persona('physician');
      const [event, ...more] = await eventsOf(answer.requestId);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        requestId: answer.requestId,
        userId: physician.sub,
        role: 'PHYSICIAN',
        qualification: 'PHYSICIAN',
        institutionCode: physician.institution,
        terminalId: physician.terminal,
        terminalKind: 'EXAMINATION_ROOM',
        basis: 'CONSENT',
        purposeOfUse: 'TREAT',
        personId: consented.id,
        categories: ['ELIGIBILITY', 'MEDICATIONS', 'MEDICAL_CARE'],
        outcome: 'PARTIAL',
        denyReasons: expect.arrayContaining(['PATIENT_ONLY', 'NOT_IN_INSTITUTION_VIEW']),
      });
      expect(fieldsOf(event!)).toMatchObject({
        'Person.name': 'allowed',
        'PersonName.kanji': 'allowed',
        'Person.medications': 'allowed CONSENT',
        'Dispensing.drugName': 'allowed CONSENT',
        // Taken out by the gateway before planning, and by the rule of the subgraph.
        'Dispensing.dispensingInstitutionName': 'PATIENT_ONLY',
        'Claim.outcome': 'NOT_IN_INSTITUTION_VIEW',
        'Claim.treatmentMonth': 'allowed CONSENT',
      });
    });

    it('a pharmacist where the person has not consented: refused, with the reason, under no basis', async () => {
      const answer = await ask(t.url, 'query($id: ID!) { person(id: $id) { medications { nodes { drugName } } } }', { id: consented.id }, await t.authorization('pharmacist'));
      expect(answer.data).toEqual({ person: { medications: null } });
      const [event] = await eventsOf(answer.requestId);
      expect(event).toMatchObject({ role: 'PHARMACIST', basis: null, purposeOfUse: 'TREAT', outcome: 'REFUSED', denyReasons: ['CONSENT_REQUIRED'], categories: ['MEDICATIONS'] });
    });

    it('a reception clerk: the eligibility check by insurance numbers is logged for the person it found, medical data refused', async () => {
      const query = `query($input: InsuranceEligibilityInput!, $id: ID!) {
        eligibilityByInsurance(input: $input) { status person { name { kanji } } }
        person(id: $id) { medications { totalCount } }
      }`;
      const input = { insurerNumber: other.insurer_number, symbol: other.symbol || undefined, number: other.number, branch: other.branch };
      const answer = await ask<{ eligibilityByInsurance: { status: string } }>(t.url, query, { input, id: consented.id }, await t.authorization('clerk'));
      expect(answer.data?.eligibilityByInsurance.status).toBe('VALID');
      const events = await eventsOf(answer.requestId);
      const byPerson = Object.fromEntries(events.map((e) => [e.personId, e]));
      expect(byPerson[other.id]).toMatchObject({ role: 'CLERK', purposeOfUse: 'COVERAGE', basis: null, outcome: 'ALLOWED', categories: ['ELIGIBILITY'] });
      expect(fieldsOf(byPerson[other.id]!)).toMatchObject({ 'EligibilityResult.status': 'allowed', 'PersonName.kanji': 'allowed' });
      expect(byPerson[consented.id]).toMatchObject({ outcome: 'REFUSED', denyReasons: ['QUALIFICATION_REQUIRED'] });
    });

    it('an analyst asking for a claim by its id: refused before planning, and logged for the claim\'s person', async () => {
      const [claim] = await t.sql<{ id: string }>('SELECT id::text AS id FROM receipts.claims WHERE person_id = $1 LIMIT 1', [other.id]);
      const answer = await ask(t.url, 'query($id: ID!) { claim(id: $id) { diagnoses { name } } }', { id: claim!.id }, await t.authorization('analyst'));
      expect(answer.errors?.map((e) => e.extensions?.reason)).toEqual(['NO_PERSON_ACCESS']);
      const [event, ...more] = await eventsOf(answer.requestId);
      expect(more).toEqual([]);
      expect(event).toMatchObject({ personId: other.id, role: 'ANALYST', purposeOfUse: 'HOPERAT', outcome: 'REFUSED', denyReasons: ['NO_PERSON_ACCESS'], categories: ['DIAGNOSES'] });
    });

    it('the patient reading their own record: SELF, patient requested', async () => {
      const answer = await ask(t.url, 'query($id: ID!) { person(id: $id) { name { kanji } medications(first: 1) { nodes { dispensingInstitutionName } } } }', { id: other.id }, await t.patientAuthorization(other.id));
      expect(answer.errors).toBeUndefined();
      const [event] = await eventsOf(answer.requestId);
      expect(event).toMatchObject({ role: 'PATIENT', userId: other.id, institutionCode: null, terminalId: null, basis: 'SELF', purposeOfUse: 'PATRQT', outcome: 'ALLOWED' });
    });

    it('one request reaching two persons is two events', async () => {
      const query = 'query($a: ID!, $b: ID!) { a: person(id: $a) { name { kanji } } b: person(id: $b) { medications { totalCount } } }';
      const answer = await ask(t.url, query, { a: consented.id, b: other.id }, await t.authorization('physician'));
      const events = await eventsOf(answer.requestId);
      expect(events.map((e) => [e.personId, e.outcome]).sort()).toEqual([[consented.id, 'ALLOWED'], [other.id, 'REFUSED']].sort());
      expect(events.find((e) => e.personId === other.id)?.denyReasons).toEqual(['CONSENT_REQUIRED']);
    });

    it('a request that reaches no one\'s data writes no event', async () => {
      const [insurer] = await t.sql<{ number: string }>('SELECT number FROM eligibility.insurers LIMIT 1');
      const answer = await ask(t.url, 'query($n: String!) { insurer(number: $n) { name } }', { n: insurer!.number }, await t.authorization('analyst'));
      expect(answer.errors).toBeUndefined();
      expect(answer.requestId).not.toBeNull();
      expect(await eventsOf(answer.requestId)).toEqual([]);
    });
  });

  describe('fail-closed: without the log, no data', () => {
    let unlogged: RunningGateway;

    beforeAll(async () => {
      unlogged = await startGateway(
        // Nothing listens there: the access log cannot be written.
        gatewayConfigFor(t, { auditDatabaseUrl: 'postgres://postgres@127.0.0.1:1/audit' }),
      );
    });
    afterAll(async () => unlogged?.stop());

    it('a request for a person\'s data gets AUDIT_UNAVAILABLE, 503, and none of the data', async () => {
      const answer = await ask(unlogged.url, RECORD, { id: consented.id }, await t.authorization('physician'));
      expect(answer.status).toBe(503);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }]);
      expect(await eventsOf(answer.requestId)).toEqual([]);
    });

    it('a refused access is not answered either, since it could not be logged', async () => {
      const answer = await ask(unlogged.url, 'query($id: ID!) { person(id: $id) { medications { totalCount } } }', { id: consented.id }, await t.authorization('clerk'));
      expect([answer.status, answer.errors?.[0]?.extensions?.code]).toEqual([503, 'AUDIT_UNAVAILABLE']);
    });

    it('what is nobody\'s data is still served', async () => {
      const [insurer] = await t.sql<{ number: string }>('SELECT number FROM eligibility.insurers LIMIT 1');
      const answer = await ask<{ insurer: { name: string } }>(unlogged.url, 'query($n: String!) { insurer(number: $n) { name } }', { n: insurer!.number }, await t.authorization('physician'));
      expect(answer.status).toBe(200);
      expect(answer.data?.insurer.name).toEqual(expect.any(String));
    });
  });

  describe('who looked at me (DOMAIN.md §6)', () => {
    const HISTORY = 'query($id: ID!, $after: String) { person(id: $id) { accessHistory(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { accessedAt institution { code name } accessorRole basis categories outcome emergency disaster } } } }';

    it('the person reads which institution looked, when, under which basis and at what, newest first, page by page', async () => {
      await ask(t.url, RECORD, { id: consented.id }, await t.authorization('physician'));
      type History = { person: { accessHistory: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<Record<string, unknown>> } } };
      const first = await ask<History>(t.url, HISTORY, { id: consented.id }, await t.patientAuthorization(consented.id));
      expect(first.errors).toBeUndefined();
      const history = first.data!.person.accessHistory;
      expect(history.totalCount).toBeGreaterThanOrEqual(4);
      expect(history.nodes[0]).toEqual({
        accessedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        institution: { code: t.persona('physician').institution, name: expect.any(String) },
        accessorRole: 'PHYSICIAN',
        basis: 'CONSENT',
        categories: ['ELIGIBILITY', 'MEDICATIONS', 'MEDICAL_CARE'],
        outcome: 'PARTIAL',
        emergency: false,
        disaster: false,
      });
      expect(history.pageInfo.hasNextPage).toBe(true);
      const next = await ask<History>(t.url, HISTORY, { id: consented.id, after: history.pageInfo.endCursor }, await t.patientAuthorization(consented.id));
      const times = [...history.nodes, ...next.data!.person.accessHistory.nodes].map((n) => String(n.accessedAt));
      expect(times).toEqual([...times].sort().reverse());
      expect(next.data!.person.accessHistory.nodes.some((n) => n.accessorRole === 'PHARMACIST' && n.outcome === 'REFUSED')).toBe(true);
    });

    it('the person does not learn who the staff member was: the auditors\' events are not in their view', async () => {
      const answer = await ask(t.url, 'query($id: ID!) { accessLog { events(filter: { personId: $id }) { nodes { userId } } } }', { id: consented.id }, await t.patientAuthorization(consented.id));
      expect(answer.errors?.map((e) => e.extensions?.reason)).toEqual(['NOT_IN_PATIENT_VIEW']);
      expect(answer.data).toEqual({ accessLog: { events: null } });
    });

    it('nobody else reads a person\'s history: another patient NOT_OWN_RECORD, staff ROLE_NOT_PERMITTED', async () => {
      const query = 'query($id: ID!) { person(id: $id) { accessHistory { nodes { accessedAt } } } }';
      const stranger = await ask(t.url, query, { id: consented.id }, await t.patientAuthorization(other.id));
      expect(stranger.errors?.map((e) => e.extensions?.reason)).toEqual(['NOT_OWN_RECORD']);
      for (const persona of ['physician', 'clerk', 'analyst', 'operator'] as const) {
        const answer = await ask(t.url, query, { id: consented.id }, await t.authorization(persona));
        expect([persona, answer.errors?.map((e) => e.extensions?.reason)]).toEqual([persona, ['ROLE_NOT_PERMITTED']]);
      }
      const search = await ask(t.url, '{ accessLog { events(filter: {}) { totalCount } } }', {}, await t.authorization('physician'));
      expect(search.errors?.map((e) => e.extensions?.reason)).toEqual(['ROLE_NOT_PERMITTED']);
    });
  });

  describe('auditors search every event', () => {
    const EVENTS = `query($filter: AccessEventFilter!) { accessLog { events(filter: $filter, first: 100) { totalCount nodes {
      id requestId userId role institutionCode basis purposeOfUse personId categories outcome denyReasons emergency disaster
      fields { field allowed denyReasons basis } sequence hash previousHash fhirAuditEvent } } } }`;
    type Events = { accessLog: { events: { totalCount: number; nodes: Array<Record<string, unknown>> } } };
    const search = async (filter: Record<string, unknown>) => {
      const answer = await ask<Events>(t.url, EVENTS, { filter }, await t.authorization('auditor'));
      expect(answer.errors).toBeUndefined();
      return answer.data!.accessLog.events;
    };
    let emergency: AccessEvent;
    let disaster: AccessEvent;

    beforeAll(async () => {
      // Emergency and disaster access are granted elsewhere; their events are what the log holds of them.
      const writer = new AccessLogWriter({ databaseUrl: t.db.url });
      emergency = accessEvent({ recordedAt: new Date(), personId: other.id, basis: 'EMERGENCY_NO_CARD', purposeOfUse: 'ETREAT', terminalKind: 'EMERGENCY_ONLY', outcome: 'ALLOWED', denyReasons: [] });
      disaster = accessEvent({ recordedAt: new Date(), personId: other.id, basis: 'DISASTER', outcome: 'ALLOWED', denyReasons: [] });
      await writer.append([emergency, disaster]);
      await writer.close();
    });

    it('by person: every access to them, the auditors\' own searches included', async () => {
      const events = await search({ personId: consented.id });
      expect(events.totalCount).toBe(events.nodes.length);
      expect(new Set(events.nodes.map((e) => e.personId))).toEqual(new Set([consented.id]));
      // Allowed and refused alike: the physician's and the patient's reads, the pharmacist's and the clerk's refusals, and
      // the analyst's and operator's refused attempts at the person's history.
      expect([...new Set(events.nodes.map((e) => e.role))].sort()).toEqual(['ANALYST', 'CLERK', 'OPERATOR', 'PATIENT', 'PHARMACIST', 'PHYSICIAN']);
      // The search is an access to the person too: the next search shows it.
      const again = await search({ personId: consented.id, bases: null });
      expect(again.nodes[0]).toMatchObject({ role: 'AUDITOR', categories: ['ACCESS_LOG'], outcome: 'ALLOWED' });
    });

    it('by institution, by user, by basis, by outcome and by time', async () => {
      const physician = t.persona('physician');
      const byInstitution = await search({ institutionCode: physician.institution });
      expect(byInstitution.nodes.length).toBeGreaterThan(0);
      expect(new Set(byInstitution.nodes.map((e) => e.institutionCode))).toEqual(new Set([physician.institution]));
      const byUser = await search({ userId: physician.sub });
      expect(new Set(byUser.nodes.map((e) => e.userId))).toEqual(new Set([physician.sub]));
      const byBasis = await search({ bases: ['SELF'] });
      expect(byBasis.nodes.length).toBeGreaterThan(0);
      expect(new Set(byBasis.nodes.map((e) => e.basis))).toEqual(new Set(['SELF']));
      const refused = await search({ outcome: 'REFUSED', personId: other.id });
      expect(refused.nodes.every((e) => e.outcome === 'REFUSED')).toBe(true);
      const future = await search({ from: new Date(Date.now() + 3_600_000).toISOString() });
      expect(future).toEqual({ totalCount: 0, nodes: [] });
    });

    it('flags emergency and disaster accesses, and lists them alone', async () => {
      const flagged = await search({ emergencyOrDisaster: true });
      expect(flagged.nodes.map((e) => [e.id, e.basis, e.emergency, e.disaster, e.purposeOfUse])).toEqual([
        [disaster.id, 'DISASTER', false, true, 'TREAT'],
        [emergency.id, 'EMERGENCY_NO_CARD', true, false, 'ETREAT'],
      ]);
      expect((await search({ bases: ['EMERGENCY_NO_CARD'] })).nodes.map((e) => e.id)).toEqual([emergency.id]);
    });

    it('exports each event as a FHIR AuditEvent', async () => {
      const [event] = (await search({ personId: consented.id, userId: t.persona('physician').sub })).nodes;
      const fhir = JSON.parse(String(event!.fhirAuditEvent)) as Record<string, unknown>;
      expect(fhir).toMatchObject({ resourceType: 'AuditEvent', id: event!.id, action: 'R', purposeOfEvent: [{ coding: [{ code: 'TREAT' }] }] });
    });

    it('refuses a malformed search with BAD_USER_INPUT naming the condition', async () => {
      const answer = await ask(t.url, EVENTS, { filter: { from: 'yesterday' } }, await t.authorization('auditor'));
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.from' } });
    });
  });

  describe('after all of it', () => {
    it('every chain is intact', async () => {
      const result = await verifyAccessLog({ databaseUrl: t.db.url });
      expect(result.events).toBeGreaterThan(20);
      expect(result.broken).toEqual([]);
    });
  });
});
