import { addDays, todayInJapan } from '../../common/src/japan-calendar';
import { Persona } from '../../gateway/src/auth/personas';
import {
  anyDrug,
  CraftedPerson,
  insertCheckup,
  insertClaim,
  insertDispensedPrescription,
  insertDispensing,
  insertPerson,
  insurerNumber,
  monthsBefore,
} from '../support/crafted-people';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

/**
 * Emergency access (DOMAIN.md §4.2, §4.3; seed 000 救急時①②) end to end: development tokens, the
 * gateway, the four subgraphs, the registries and grants in PostgreSQL.
 */

const CARD_SERIAL = 'E1000000000000A1';
const NAKANO_SOCIETY = { number: insurerNumber('13', 901), name: '東和商事健康保険組合中野支部' };

/** The patient of these tests: insured, with a card, living in 東京都中野区鷺宮. */
const PATIENT: CraftedPerson = {
  index: 1,
  nameKanji: '救急 一郎',
  nameKana: 'キュウキュウ イチロウ',
  sex: 'MALE',
  birthDate: '1950-04-01',
  prefectureCode: '13',
  municipalityCode: '13114',
  municipality: '中野区',
  addressLine: '鷺宮1-1-1',
  insurer: NAKANO_SOCIETY,
  cardSerial: CARD_SERIAL,
};

const OPEN_WITH_CARD = `mutation($input: EmergencyAccessWithCardInput!) {
  openEmergencyAccessWithCard(input: $input) {
    grant { basis purpose identification openedBy grantedAt expiresAt }
    viewer { name qualification loginId terminal { kind } institution { code } }
    person { id name { kanji } }
  }
}`;

const OPEN_WITHOUT_CARD = `mutation($input: EmergencyAccessWithoutCardInput!) {
  openEmergencyAccessWithoutCard(input: $input) { grant { basis identification openedBy } person { id } }
}`;

const SUMMARY = `query($id: ID!) {
  person(id: $id) {
    name { kanji }
    emergencySummary {
      asOf
      visits { month institutionName }
      care { month careCategory name }
      surgeries { month careCategory name }
      medications { dispensedOn drugName }
      electronicPrescriptionDispensings { dispensedOn drugName }
      checkupDates
    }
    claims(first: 1) { totalCount }
    medications(first: 1) { totalCount }
    checkups(first: 1) { totalCount }
  }
}`;

/** `{ path: code or reason }` of a response's errors. */
const errorsOf = (response: GraphQLResponse<unknown>): Record<string, string> =>
  Object.fromEntries(
    (response.errors ?? []).map((error) => [(error.path ?? []).join('.'), String(error.extensions?.code === 'FORBIDDEN' ? error.extensions.reason : error.extensions?.code)]),
  );

describe('emergency access, end to end', () => {
  let t: TestStack;
  let patientId: string;
  let emergency: Persona;
  const today = todayInJapan();
  const grantCount = async (): Promise<number> => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM eligibility.grants'))[0]!.n);

  beforeAll(async () => {
    t = await startTestStack({ people: 60 });
    emergency = t.persona('emergency-physician');
    patientId = await insertPerson(t, PATIENT);
    const drug = await anyDrug(t);
    // DOMAIN.md §4.2: care and dialysis of the last 3 months, surgery of 5 years (by treatment month).
    await insertClaim(t, patientId, 9_900_001, monthsBefore(today, 3), { code: '140007410', name: '人工腎臓', careCategory: 'DIALYSIS' });
    await insertClaim(t, patientId, 9_900_002, monthsBefore(today, 4), { code: '140007410', name: '人工腎臓（前）', careCategory: 'DIALYSIS' });
    await insertClaim(t, patientId, 9_900_003, monthsBefore(today, 60), { code: '150000110', name: '胃切除術', careCategory: 'SURGERY' });
    await insertClaim(t, patientId, 9_900_004, monthsBefore(today, 61), { code: '150000120', name: '虫垂切除術', careCategory: 'SURGERY' });
    await insertClaim(t, patientId, 9_900_005, monthsBefore(today, 1), { code: '112007410', name: '再診料', careCategory: null });
    // Drugs of the last 3 months, e-prescription dispensing of the last 45 days.
    await insertDispensing(t, patientId, 9_900_001, addDays(today, -80), drug);
    await insertDispensing(t, patientId, 9_900_002, addDays(today, -100), drug);
    await insertDispensedPrescription(t, patientId, 9_900_001, addDays(today, -45), drug);
    await insertDispensedPrescription(t, patientId, 9_900_002, addDays(today, -46), drug);
    await insertCheckup(t, patientId, 9_900_001, addDays(today, -400));
    await insertCheckup(t, patientId, 9_900_002, addDays(today, -30));
  });
  afterAll(async () => t?.stop());

  /** The persona's identifiers with a terminal of its hospital of another kind. */
  async function atTerminalOfKind(persona: Persona, kind: string): Promise<Persona> {
    const [terminal] = await t.sql<{ id: string }>('SELECT id::text AS id FROM eligibility.terminals WHERE institution_code = $1 AND kind = $2 ORDER BY id LIMIT 1', [
      persona.institution,
      kind,
    ]);
    return { ...persona, terminal: terminal!.id };
  }

  describe('with the card (救急時①)', () => {
    it('opens from the emergency-only terminal with the emergency ID and the statement, names the viewer, and records the grant', async () => {
      const response = await postGraphQL<{ openEmergencyAccessWithCard: Record<string, unknown> }>(
        t.url,
        OPEN_WITH_CARD,
        { input: { certificateSerial: CARD_SERIAL, certificateKind: 'CARD', purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorization('emergency-physician'),
      );
      expect(response.errors).toBeUndefined();
      const opened = response.data!.openEmergencyAccessWithCard as {
        grant: { grantedAt: string; expiresAt: string };
        viewer: unknown;
        person: unknown;
      };
      expect(opened).toMatchObject({
        grant: { basis: 'EMERGENCY_WITH_CARD', purpose: 'PROTECT_LIFE_OR_BODY', identification: 'CARD_CERTIFICATE', openedBy: emergency.sub },
        viewer: { qualification: 'PHYSICIAN', loginId: emergency.sub, terminal: { kind: 'EMERGENCY_ONLY' }, institution: { code: emergency.institution } },
        person: { id: patientId, name: { kanji: '救急 一郎' } },
      });
      // Half an hour, read by its opener only.
      expect(Date.parse(opened.grant.expiresAt) - Date.parse(opened.grant.grantedAt)).toBe(30 * 60_000);
      expect(response.extensions).toEqual(expect.objectContaining({ emergencyViewer: { loginId: emergency.sub, institutionCode: emergency.institution, terminalId: emergency.terminal } }));
      const [row] = await t.sql('SELECT basis, purpose, identification, opened_by, terminal_id::text AS terminal FROM eligibility.grants WHERE person_id = $1', [patientId]);
      expect(row).toEqual({ basis: 'EMERGENCY_WITH_CARD', purpose: 'PROTECT_LIFE_OR_BODY', identification: 'CARD_CERTIFICATE', opened_by: emergency.sub, terminal: emergency.terminal });
    });

    it('then shows the emergency summary over its periods (DOMAIN.md §4.2), and none of the histories', async () => {
      const response = await postGraphQL<{ person: { emergencySummary: Record<string, unknown> } }>(t.url, SUMMARY, { id: patientId }, await t.authorization('emergency-physician'));
      expect(response.data?.person.emergencySummary).toEqual({
        asOf: today,
        visits: [
          { month: monthsBefore(today, 1), institutionName: '中野鷺宮総合病院' },
          { month: monthsBefore(today, 3), institutionName: '中野鷺宮総合病院' },
        ],
        care: [{ month: monthsBefore(today, 3), careCategory: 'DIALYSIS', name: '人工腎臓' }],
        surgeries: [{ month: monthsBefore(today, 60), careCategory: 'SURGERY', name: '胃切除術' }],
        medications: [{ dispensedOn: addDays(today, -80), drugName: expect.any(String) }],
        electronicPrescriptionDispensings: [{ dispensedOn: addDays(today, -45), drugName: expect.any(String) }],
        checkupDates: [addDays(today, -30), addDays(today, -400)],
      });
      expect(errorsOf(response)).toEqual({ 'person.claims': 'OUTSIDE_BASIS', 'person.medications': 'OUTSIDE_BASIS', 'person.checkups': 'OUTSIDE_BASIS' });
      // Every response read under the emergency access names who is viewing.
      expect(response.extensions?.emergencyViewer).toEqual({ loginId: emergency.sub, institutionCode: emergency.institution, terminalId: emergency.terminal });
      // And the access log has it, under its basis, as emergency treatment (DOMAIN.md §6).
      const events = await t.sql(
        `SELECT user_id, basis, purpose_of_use, outcome, deny_reasons FROM audit.access_events WHERE person_id = $1 AND basis IS NOT NULL ORDER BY recorded_at DESC LIMIT 1`,
        [patientId],
      );
      expect(events).toEqual([{ user_id: emergency.sub, basis: 'EMERGENCY_WITH_CARD', purpose_of_use: 'ETREAT', outcome: 'PARTIAL', deny_reasons: ['OUTSIDE_BASIS'] }]);
    });

    it('is not the hospital\'s: the same physician with their own login, or at another terminal, reads nothing under it', async () => {
      const ownLogin = { ...emergency, sub: emergency.sub.replace('-E', '-') };
      for (const as of [ownLogin, await atTerminalOfKind(emergency, 'EXAMINATION_ROOM')]) {
        const response = await postGraphQL<{ person: { emergencySummary: { medications: unknown } | null } }>(t.url, SUMMARY, { id: patientId }, await t.authorizationAs(as));
        expect(errorsOf(response)['person.emergencySummary.medications']).toBe('CONSENT_REQUIRED');
        expect(response.extensions?.emergencyViewer).toBeUndefined();
      }
    });

    it('an ordinary terminal is refused: 403 EMERGENCY_TERMINAL_REQUIRED, nothing recorded', async () => {
      const before = await grantCount();
      const response = await postGraphQL(
        t.url,
        OPEN_WITH_CARD,
        { input: { certificateSerial: CARD_SERIAL, certificateKind: 'CARD', purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorizationAs(await atTerminalOfKind(emergency, 'EXAMINATION_ROOM')),
      );
      expect([response.status, response.errors?.[0]?.extensions]).toEqual([403, { code: 'FORBIDDEN', reason: 'EMERGENCY_TERMINAL_REQUIRED' }]);
      expect(response.data).toBeUndefined();
      expect(await grantCount()).toBe(before);
    });

    it('a staff login without an emergency ID is refused at the emergency-only terminal: 403 EMERGENCY_ID_REQUIRED', async () => {
      const before = await grantCount();
      const response = await postGraphQL(
        t.url,
        OPEN_WITH_CARD,
        { input: { certificateSerial: CARD_SERIAL, certificateKind: 'CARD', purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorizationAs({ ...emergency, sub: emergency.sub.replace('-E', '-') }),
      );
      expect([response.status, response.errors?.[0]?.extensions]).toEqual([403, { code: 'FORBIDDEN', reason: 'EMERGENCY_ID_REQUIRED' }]);
      expect(await grantCount()).toBe(before);
    });

    it('a physician of another hospital at an ordinary terminal is refused, and a clerk is no emergency staff', async () => {
      for (const name of ['physician', 'clerk'] as const) {
        const response = await postGraphQL(
          t.url,
          OPEN_WITH_CARD,
          { input: { certificateSerial: CARD_SERIAL, certificateKind: 'CARD', purpose: 'PROTECT_LIFE_OR_BODY' } },
          await t.authorization(name),
        );
        expect(response.errors?.[0]?.extensions?.reason).toBe(name === 'clerk' ? 'QUALIFICATION_REQUIRED' : 'EMERGENCY_TERMINAL_REQUIRED');
      }
    });

    it('needs the statement: an operation without it is not valid', async () => {
      const response = await postGraphQL(t.url, OPEN_WITH_CARD, { input: { certificateSerial: CARD_SERIAL, certificateKind: 'CARD' } }, await t.authorization('emergency-physician'));
      expect([response.status, response.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    });

    it('a certificate that identifies no one is NO_MATCH, recording nothing', async () => {
      const before = await grantCount();
      const response = await postGraphQL(
        t.url,
        OPEN_WITH_CARD,
        { input: { certificateSerial: 'E1000000000000FF', certificateKind: 'CARD', purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorization('emergency-physician'),
      );
      expect(errorsOf(response)).toEqual({ openEmergencyAccessWithCard: 'NO_MATCH' });
      expect(await grantCount()).toBe(before);
    });
  });

  describe('without the card (救急時②)', () => {
    const identification = { name: '救急一郎', birthDate: PATIENT.birthDate, sex: 'MALE', address: '鷺宮' };

    it('opens after a re-authentication within 5 minutes, identifying the patient by the four attributes', async () => {
      const response = await postGraphQL<{ openEmergencyAccessWithoutCard: unknown }>(
        t.url,
        OPEN_WITHOUT_CARD,
        { input: { patient: identification, purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorizationAs(emergency, new Date(Date.now() - 4 * 60_000)),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.openEmergencyAccessWithoutCard).toEqual({
        grant: { basis: 'EMERGENCY_NO_CARD', identification: 'FOUR_ATTRIBUTES', openedBy: emergency.sub },
        person: { id: patientId },
      });
      expect(response.extensions?.emergencyViewer).toBeDefined();
    });

    it('a stale login is refused: 401 REAUTHENTICATION_REQUIRED with a step-up challenge, nothing searched or recorded', async () => {
      const before = await grantCount();
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await t.authorizationAs(emergency, new Date(Date.now() - 6 * 60_000))) },
        body: JSON.stringify({ query: OPEN_WITHOUT_CARD, variables: { input: { patient: identification, purpose: 'PROTECT_LIFE_OR_BODY' } } }),
      });
      const body = (await response.json()) as GraphQLResponse<unknown>;
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="insufficient_user_authentication", max_age=300');
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'REAUTHENTICATION_REQUIRED', maxAgeSeconds: 300 });
      expect(await grantCount()).toBe(before);
    });

    it('the emergency-only terminal and the emergency ID are needed as with the card', async () => {
      const input = { input: { patient: identification, purpose: 'PROTECT_LIFE_OR_BODY' } };
      const atRoom = await postGraphQL(t.url, OPEN_WITHOUT_CARD, input, await t.authorizationAs(await atTerminalOfKind(emergency, 'EXAMINATION_ROOM')));
      const ownLogin = await postGraphQL(t.url, OPEN_WITHOUT_CARD, input, await t.authorizationAs({ ...emergency, sub: emergency.sub.replace('-E', '-') }));
      expect([atRoom.errors?.[0]?.extensions?.reason, ownLogin.errors?.[0]?.extensions?.reason]).toEqual(['EMERGENCY_TERMINAL_REQUIRED', 'EMERGENCY_ID_REQUIRED']);
    });

    it('a missing attribute is IDENTIFIERS_MISSING, naming it', async () => {
      const response = await postGraphQL(
        t.url,
        OPEN_WITHOUT_CARD,
        { input: { patient: { name: '救急一郎', sex: 'MALE', address: '鷺宮' }, purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorization('emergency-physician'),
      );
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'IDENTIFIERS_MISSING', missing: ['birthDate'], serviceName: 'eligibility' });
    });
  });

  describe('EHR registrations and the auditors\' inspection (救急時②), from the access log', () => {
    const INSPECT = `query($from: Date!, $to: Date!) {
      emergencyInspection(from: $from, to: $to) {
        accessCount
        accesses { eventId requestId accessedAt emergencyId qualification viewerName personId outcome opening registered terminalId institution { code } }
        unregistered { eventId }
      }
    }`;
    const REPORT = 'mutation($input: EhrRegistrationInput!) { reportEhrRegistration(input: $input) { registeredAt person { id } institution { code } } }';
    /** A patient of these tests alone, so that the lines of the report are this test's. */
    const INSPECTED: CraftedPerson = { ...PATIENT, index: 2, nameKanji: '点検 花子', nameKana: 'テンケン ハナコ', sex: 'FEMALE', birthDate: '1961-07-07', cardSerial: undefined };
    const period = { from: addDays(today, -1), to: addDays(today, 1) };
    let inspectedId: string;
    type Line = Record<string, unknown> & { eventId: string; personId: string; registered: boolean };
    type Inspection = { accessCount: number; accesses: Line[]; unregistered: Array<{ eventId: string }> };

    const inspect = async (): Promise<Inspection> => {
      const response = await postGraphQL<{ emergencyInspection: Inspection }>(t.url, INSPECT, period, await t.authorization('auditor'));
      expect(response.errors).toBeUndefined();
      return response.data!.emergencyInspection;
    };
    const linesOf = async (personId: string): Promise<Line[]> => (await inspect()).accesses.filter((line) => line.personId === personId);

    beforeAll(async () => {
      inspectedId = await insertPerson(t, INSPECTED);
    });

    it('an access opened and never used to read appears as its opening alone, an access event of its own under EMERGENCY_NO_CARD', async () => {
      const opened = await postGraphQL(
        t.url,
        OPEN_WITHOUT_CARD,
        { input: { patient: { name: 'てんけん はなこ', birthDate: INSPECTED.birthDate, sex: 'FEMALE', address: '鷺宮' }, purpose: 'PROTECT_LIFE_OR_BODY' } },
        await t.authorizationAs(emergency),
      );
      expect(opened.errors).toBeUndefined();
      const [staff] = await t.sql<{ name: string }>('SELECT s.name FROM eligibility.staff s JOIN eligibility.emergency_ids e ON e.staff_id = s.id WHERE e.login_id = $1', [emergency.sub]);
      const lines = await linesOf(inspectedId);
      expect(lines).toEqual([
        {
          eventId: expect.any(String),
          requestId: expect.any(String),
          accessedAt: expect.any(String),
          emergencyId: emergency.sub,
          qualification: 'PHYSICIAN',
          viewerName: staff!.name,
          personId: inspectedId,
          outcome: 'ALLOWED',
          opening: true,
          registered: false,
          terminalId: emergency.terminal,
          institution: { code: emergency.institution },
        },
      ]);
      // The access log says the same: the opening is flagged emergency, under its basis, as emergency treatment.
      const [event] = await t.sql<{ basis: string; purpose_of_use: string; served: unknown }>(
        "SELECT basis, purpose_of_use, fields->'served'->'EMERGENCY_NO_CARD' AS served FROM audit.access_events WHERE id = $1",
        [lines[0]!.eventId],
      );
      expect(event).toEqual({ basis: 'EMERGENCY_NO_CARD', purpose_of_use: 'ETREAT', served: ['Mutation.openEmergencyAccessWithoutCard'] });
    });

    it('a read under the access is a line of its own, found by the request id of its answer', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await t.authorization('emergency-physician')) },
        body: JSON.stringify({ query: 'query($id: ID!) { person(id: $id) { emergencySummary { checkupDates } } }', variables: { id: inspectedId } }),
      });
      expect(((await response.json()) as GraphQLResponse<unknown>).errors).toBeUndefined();
      const requestId = response.headers.get('x-request-id');
      const lines = await linesOf(inspectedId);
      expect(lines.map((line) => [line.opening, line.registered])).toEqual([
        [true, false],
        [false, false],
      ]);
      expect(lines[1]).toMatchObject({ requestId, outcome: 'ALLOWED', emergencyId: emergency.sub });
      const inspection = await inspect();
      expect(inspection.accessCount).toBe(inspection.accesses.length);
      expect(inspection.unregistered.map((line) => line.eventId)).toEqual(expect.arrayContaining(lines.map((line) => line.eventId)));
    });

    it('an EHR registration at the institution at or after the opening answers every line of the access; one elsewhere or from before does not', async () => {
      const earlier = new Date(Date.now() - 3600_000).toISOString();
      await postGraphQL(t.url, REPORT, { input: { personId: inspectedId } }, await t.authorization('physician'));
      await postGraphQL(t.url, REPORT, { input: { personId: inspectedId, registeredAt: earlier } }, await t.authorization('emergency-physician'));
      expect((await linesOf(inspectedId)).map((line) => line.registered)).toEqual([false, false]);
      const reported = await postGraphQL<{ reportEhrRegistration: unknown }>(t.url, REPORT, { input: { personId: inspectedId } }, await t.authorization('clerk'));
      expect(reported.errors).toBeUndefined();
      const registered = await postGraphQL(t.url, REPORT, { input: { personId: inspectedId } }, await t.authorization('emergency-physician'));
      expect(registered.data).toEqual({ reportEhrRegistration: { registeredAt: expect.any(String), person: { id: inspectedId }, institution: { code: emergency.institution } } });
      const lines = await linesOf(inspectedId);
      expect(lines.map((line) => line.registered)).toEqual([true, true]);
      expect((await inspect()).unregistered.map((line) => line.eventId)).not.toEqual(expect.arrayContaining([lines[0]!.eventId]));
    });

    it('is the auditors\' only', async () => {
      const period = { from: today, to: today };
      for (const name of ['operator', 'physician', 'emergency-physician'] as const) {
        const response = await postGraphQL(t.url, INSPECT, period, await t.authorization(name));
        expect(errorsOf(response)).toEqual({ emergencyInspection: 'ROLE_NOT_PERMITTED' });
      }
    });
  });
});
