import { ChainedAccessEvent } from '../../common/src/audit/access-event';
import { decidedFields } from '../../common/src/audit/field-decisions';
import { EventRow, eventOfRow, SELECT_EVENT } from '../../common/src/audit/event-row';
import { verifyAccessLog } from '../../common/src/audit/verify-access-log';
import { gatewayConfigFor } from '../support/gateway-config';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { RunningAnalytics } from '../../subgraphs/analytics/src';
import { GraphQLResponse } from '../support/graphql';
import { startTestStack, TEST_AS_OF, TestStack } from '../support/stack';

/**
 * Every analytics query is logged like any other access (DOMAIN.md §6, §7): one event per request
 * with no person, the aggregate fields asked for and what was decided, committed before the answer
 * leaves; refused ones too. Through the gateway, on the real stack.
 */

interface Answer<T> extends GraphQLResponse<T> {
  readonly requestId: string | null;
}

const STATUS = '{ analyticsStatus { refreshedAt consentMonths } }';
const MIXED = '{ analyticsStatus { refreshedAt } operatingCosts { estimate oku } }';

describe('analytics queries in the access log, through the gateway', () => {
  let t: TestStack;

  async function ask<T = Record<string, unknown>>(url: string, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status, requestId: response.headers.get('x-request-id') };
  }

  const eventsOf = async (requestId: string | null): Promise<ChainedAccessEvent[]> =>
    (await t.sql<EventRow & Record<string, unknown>>(`SELECT ${SELECT_EVENT} FROM audit.access_events e WHERE e.request_id = $1`, [requestId])).map(eventOfRow);
  const fieldsOf = (event: ChainedAccessEvent) => Object.fromEntries(decidedFields(event.fields).map((f) => [f.field, f.allowed ? 'allowed' : f.denyReasons.join(',')]));

  beforeAll(async () => {
    t = await startTestStack({ people: 60 });
  });
  afterAll(async () => t?.stop());

  it('an analyst\'s query: one event, no person, ANALYTICS, every aggregate field asked for, allowed, the request id of the answer', async () => {
    const answer = await ask(t.url, STATUS, await t.authorization('analyst'));
    expect(answer.errors).toBeUndefined();
    const events = await eventsOf(answer.requestId);
    expect(events).toHaveLength(1);
    const analyst = t.persona('analyst');
    expect(events[0]).toMatchObject({
      personId: null,
      userId: analyst.sub,
      role: 'ANALYST',
      institutionCode: null,
      terminalId: null,
      basis: null,
      purposeOfUse: 'HOPERAT',
      categories: ['ANALYTICS'],
      outcome: 'ALLOWED',
      denyReasons: [],
    });
    expect(fieldsOf(events[0]!)).toEqual({ 'AnalyticsStatus.consentMonths': 'allowed', 'AnalyticsStatus.refreshedAt': 'allowed' });
  });

  it('a physician asking is refused and logged: REFUSED, ROLE_NOT_PERMITTED, from their institution and terminal', async () => {
    const answer = await ask(t.url, STATUS, await t.authorization('physician'));
    expect(answer.errors?.map((e) => e.extensions?.reason)).toEqual(['ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED']);
    const [event, ...more] = await eventsOf(answer.requestId);
    expect(more).toEqual([]);
    const physician = t.persona('physician');
    expect(event).toMatchObject({ personId: null, role: 'PHYSICIAN', institutionCode: physician.institution, terminalId: physician.terminal, purposeOfUse: 'HOPERAT', outcome: 'REFUSED', denyReasons: ['ROLE_NOT_PERMITTED'] });
    expect(fieldsOf(event!)).toEqual({ 'AnalyticsStatus.consentMonths': 'ROLE_NOT_PERMITTED', 'AnalyticsStatus.refreshedAt': 'ROLE_NOT_PERMITTED' });
  });

  it('the operator: the published figures served, the counts over persons withheld, PARTIAL; a field under one withheld is not listed', async () => {
    const answer = await ask(t.url, '{ analyticsStatus { refreshedAt } operatingCosts { estimate oku } rollout { current { insuranceUseRegistrations { registrations { value } } } } }', await t.authorization('operator'));
    expect(answer.data).toBeDefined();
    const [event] = await eventsOf(answer.requestId);
    expect(event).toMatchObject({ personId: null, role: 'OPERATOR', outcome: 'PARTIAL', denyReasons: ['ROLE_NOT_PERMITTED'] });
    expect(fieldsOf(event!)).toEqual({
      'AnalyticsStatus.refreshedAt': 'ROLE_NOT_PERMITTED',
      'OperatingCostEstimate.estimate': 'allowed',
      'OperatingCostEstimate.oku': 'allowed',
      'Rollout.current': 'allowed',
      'RolloutSnapshot.insuranceUseRegistrations': 'ROLE_NOT_PERMITTED',
    });
  });

  it('auditors find them by user, with a FHIR AuditEvent naming the aggregates rather than a patient', async () => {
    const answer = await ask(t.url, MIXED, await t.authorization('analyst'));
    const search = await ask<{ accessLog: { events: { nodes: Array<{ requestId: string; personId: string | null; categories: string[]; fhirAuditEvent: string }> } } }>(
      t.url,
      'query($user: String!) { accessLog { events(filter: { userId: $user }, first: 50) { nodes { requestId personId categories fhirAuditEvent } } } }',
      await t.authorization('auditor'),
      { user: t.persona('analyst').sub },
    );
    expect(search.errors).toBeUndefined();
    const found = search.data!.accessLog.events.nodes.find((node) => node.requestId === answer.requestId);
    expect(found).toMatchObject({ personId: null, categories: ['ANALYTICS'] });
    const fhir = JSON.parse(found!.fhirAuditEvent) as { entity: Array<{ what: { identifier: { value: string } }; role?: { code: string } }> };
    expect(fhir.entity[0]).toMatchObject({ what: { identifier: { value: 'analytics' } }, role: { code: '3' } });
  });

  it('a patient who asks is logged under their own id, and never sees the event in who looked at them', async () => {
    const [person] = await t.sql<{ id: string }>(
      `SELECT person_id::text AS id FROM eligibility.card_certificates WHERE revoked_on IS NULL AND issued_on <= least($1::date, now()::date) AND greatest($1::date, now()::date) < expires_on ORDER BY person_id LIMIT 1`,
      [TEST_AS_OF],
    );
    const patient = await t.patientAuthorization(person!.id);
    const answer = await ask(t.url, STATUS, patient);
    expect(answer.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_PERMITTED');
    const [event] = await eventsOf(answer.requestId);
    expect(event).toMatchObject({ userId: person!.id, role: 'PATIENT', personId: null, outcome: 'REFUSED' });
    const history = await ask<{ person: { accessHistory: { nodes: Array<{ categories: string[] }> } } }>(
      t.url,
      'query($id: ID!) { person(id: $id) { accessHistory(first: 100) { nodes { categories } } } }',
      patient,
      { id: person!.id },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.person.accessHistory.nodes.flatMap((node) => node.categories)).not.toContain('ANALYTICS');
  });

  it('a request without any aggregate writes no analytics event', async () => {
    const [insurer] = await t.sql<{ number: string }>('SELECT number FROM eligibility.insurers LIMIT 1');
    const answer = await ask(t.url, 'query($n: String!) { insurer(number: $n) { name } }', await t.authorization('analyst'), { n: insurer!.number });
    expect(answer.errors).toBeUndefined();
    expect(await eventsOf(answer.requestId)).toEqual([]);
  });

  describe('fail-closed', () => {
    let unlogged: RunningGateway;

    beforeAll(async () => {
      unlogged = await startGateway(
        // Nothing listens there: the access log cannot be written.
        gatewayConfigFor(t, { auditDatabaseUrl: 'postgres://postgres@127.0.0.1:1/audit' }),
      );
    });
    afterAll(async () => unlogged?.stop());

    it('an analytics query whose event cannot be written gets AUDIT_UNAVAILABLE, 503, and no aggregate', async () => {
      const answer = await ask(unlogged.url, STATUS, await t.authorization('analyst'));
      expect(answer.status).toBe(503);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }]);
    });
  });

  it('emergency accesses read as the analyst: 13 events of one emergency access (its opening, 12 reads) in the hospital\'s prefecture on their day', async () => {
    const emergency = t.persona('emergency-physician');
    const [card] = await t.sql<{ serial: string; person_id: string }>(
      `SELECT serial, person_id::text AS person_id FROM eligibility.card_certificates
        WHERE kind = 'CARD' AND revoked_on IS NULL AND issued_on <= now()::date AND now()::date < expires_on ORDER BY serial LIMIT 1`,
    );
    const headers = await t.authorization('emergency-physician');
    const opened = await ask(t.url, 'mutation($s: String!) { openEmergencyAccessWithCard(input: { certificateSerial: $s, certificateKind: CARD, purpose: PROTECT_LIFE_OR_BODY }) { person { id } } }', headers, { s: card!.serial });
    expect(opened.errors).toBeUndefined();
    for (let read = 0; read < 12; read += 1) {
      const answer = await ask(t.url, 'query($id: ID!) { person(id: $id) { emergencySummary { checkupDates } } }', headers, { id: card!.person_id });
      expect(answer.errors).toBeUndefined();
    }
    const [{ day }] = await t.sql<{ day: string }>(
      "SELECT DISTINCT to_char(recorded_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS day FROM audit.access_events WHERE user_id = $1 AND basis = 'EMERGENCY_WITH_CARD'",
      [emergency.sub],
    );
    await (t.stack.subgraphs.analytics as RunningAnalytics).refresh();
    const prefecture = emergency.institution!.slice(0, 2);
    const answer = await ask<{ emergencyAndDisasterAccesses: { rows: Array<Record<string, { value: number | null }>> } }>(
      t.url,
      'query($day: Date!, $p: String!) { emergencyAndDisasterAccesses(day: $day, by: [PREFECTURE], filter: { prefectureCode: $p }) { rows { prefectureCode emergencyWithCard { value } emergencyNoCard { value suppressed } } } }',
      await t.authorization('analyst'),
      { day, p: prefecture },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.emergencyAndDisasterAccesses.rows).toEqual([{ prefectureCode: prefecture, emergencyWithCard: { value: 13 }, emergencyNoCard: { value: null, suppressed: true } }]);
    // The analyst's query is itself an event, naming the aggregate fields it read.
    const [event] = await eventsOf(answer.requestId);
    expect(fieldsOf(event!)).toMatchObject({ 'EmergencyAndDisasterAccessRow.emergencyWithCard': 'allowed', 'EmergencyAndDisasterAccesses.rows': 'allowed' });
  });

  it('every chain still verifies with these events in it', async () => {
    const result = await verifyAccessLog({ databaseUrl: t.db.url });
    expect(result.events).toBeGreaterThan(5);
    expect(result.broken).toEqual([]);
  });
});
