import { DISASTER_NOTICE } from '../../common/src/access/access-notices';
import { addDays, todayInJapan } from '../../common/src/japan-calendar';
import { Persona } from '../../gateway/src/auth/personas';
import { anyDrug, CraftedPerson, insertDispensing, insertPerson, insurerNumber } from '../support/crafted-people';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

/**
 * Disaster access (DOMAIN.md §4.4; seed 000 §(3) 災害時) end to end: operators declare, extend and
 * close disasters per municipality; qualified staff and staff with disaster authority of an
 * institution in a declared region identify a patient without a card by the four attributes.
 */

const TOWA = { number: insurerNumber('13', 911), name: '東和商事健康保険組合中野支部' };
const HOKUTO = { number: insurerNumber('13', 912), name: '北斗運輸健康保険組合' };
const person = (index: number, addressLine: string, insurer: CraftedPerson['insurer'], extra: Partial<CraftedPerson> = {}): CraftedPerson => ({
  index,
  nameKanji: '災害 花子',
  nameKana: 'サイガイ ハナコ',
  sex: 'FEMALE',
  birthDate: '1980-02-03',
  prefectureCode: '13',
  municipalityCode: '13114',
  municipality: '中野区',
  addressLine,
  insurer,
  ...extra,
});
/** DOMAIN.md §4.4's examples: 「東京都中野区鷺宮1-1-…」 is found by 「中野」 or 「鷺宮」, 「〇〇健康保険組合△△支部」 by 「〇〇」. */
const SAGINOMIYA = person(11, '鷺宮1-1-5', TOWA);
/** The same name, birth date and sex, also in 中野区: 「中野」 alone names both. */
const NOGATA = person(12, '野方5-6-7', HOKUTO);
/** Insured no longer: no insured number to read by. */
const LAPSED = person(13, '白鷺3-3-3', HOKUTO, { nameKanji: '失効 三郎', nameKana: 'シッコウ サブロウ', sex: 'MALE', birthDate: '1961-07-07', lost: true });

const OPEN = `mutation($input: DisasterAccessInput!) {
  openDisasterAccess(input: $input) {
    grant { basis purpose identification categories openedBy expiresAt disaster { name } }
    person { id name { kanji } }
    disaster { name }
    notice
  }
}`;
const DECLARE = `mutation($input: DeclareDisasterInput!) {
  declareDisaster(input: $input) { id name regions { prefectureCode municipalityCode startsAt endsAt closedAt inForce } }
}`;
const EXTEND = 'mutation($id: ID!, $m: String!, $endsOn: Date!) { extendDisasterRegion(disasterId: $id, municipalityCode: $m, endsOn: $endsOn) { regions { municipalityCode endsAt inForce } } }';
const CLOSE = 'mutation($id: ID!, $m: String!) { closeDisasterRegion(disasterId: $id, municipalityCode: $m) { regions { municipalityCode closedAt inForce } } }';
const READ = 'query($id: ID!) { person(id: $id) { name { kanji } medications(first: 1) { totalCount } checkups(first: 1) { totalCount } } }';

interface Location {
  readonly prefectureCode: string;
  readonly municipalityCode: string;
}

const reasonOrCode = (response: GraphQLResponse<unknown>): string[] =>
  (response.errors ?? []).map((error) => String(error.extensions?.code === 'FORBIDDEN' ? error.extensions.reason : error.extensions?.code));

describe('disaster access, end to end', () => {
  let t: TestStack;
  let physician: Persona;
  let nurse: Persona;
  let physicianAt: Location;
  let nurseAt: Location;
  const today = todayInJapan();
  const ids: Record<string, string> = {};

  async function locationOf(institutionCode: string): Promise<Location> {
    const [row] = await t.sql<{ prefectureCode: string; municipalityCode: string }>(
      'SELECT prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode" FROM eligibility.institutions WHERE code = $1',
      [institutionCode],
    );
    return row!;
  }

  const open = async (patient: Record<string, unknown>, as: Record<string, string>, purpose = 'PATIENT_CONSENTED', categories: string[] = ['MEDICATIONS']) =>
    postGraphQL<{ openDisasterAccess: { grant: Record<string, unknown>; person: { id: string }; notice: string } }>(t.url, OPEN, { input: { patient, purpose, categories } }, as);

  const declare = async (name: string, regions: readonly Location[], startsOn: string, endsOn: string) =>
    postGraphQL<{ declareDisaster: { id: string; regions: Array<Record<string, unknown>> } }>(t.url, DECLARE, { input: { name, regions, startsOn, endsOn } }, await t.authorization('operator'));

  beforeAll(async () => {
    // More searches than the default limit allows: the limit is shown in several-gateways.e2e.test.ts.
    t = await startTestStack({ people: 60, identificationRateLimit: { perUser: 1000, perInstitution: 1000, windowSeconds: 600 } });
    [physician, nurse] = [t.persona('physician'), t.persona('disaster-nurse')];
    [physicianAt, nurseAt] = [await locationOf(physician.institution!), await locationOf(nurse.institution!)];
    for (const crafted of [SAGINOMIYA, NOGATA, LAPSED]) ids[crafted.index] = await insertPerson(t, crafted);
    await insertDispensing(t, ids[SAGINOMIYA.index]!, 9_800_001, addDays(today, -10), await anyDrug(t));
  });
  afterAll(async () => t?.stop());

  const hanako = { name: '災害 花子', birthDate: '1980-02-03', sex: 'FEMALE' };

  it('is closed while no disaster is declared for the institution\'s region: 403 DISASTER_MODE_INACTIVE', async () => {
    const response = await open({ ...hanako, address: '鷺宮' }, await t.authorization('physician'));
    expect([response.status, reasonOrCode(response)]).toEqual([403, ['DISASTER_MODE_INACTIVE']]);
  });

  it('only operators declare disasters; nothing is written otherwise', async () => {
    for (const name of ['physician', 'auditor', 'disaster-nurse'] as const) {
      const response = await postGraphQL(t.url, DECLARE, { input: { name: '試験', regions: [physicianAt], startsOn: today, endsOn: today } }, await t.authorization(name));
      expect(reasonOrCode(response)).toEqual(['ROLE_NOT_PERMITTED']);
    }
    expect(await t.sql('SELECT id FROM eligibility.disasters')).toEqual([]);
  });

  it('outside a declared region it stays closed', async () => {
    const elsewhere = [{ prefectureCode: '17', municipalityCode: '17204' }, { prefectureCode: '17', municipalityCode: '17205' }].filter(
      (region) => region.municipalityCode !== physicianAt.municipalityCode,
    );
    const declared = await declare('令和8年能登半島沖地震', elsewhere, addDays(today, -1), addDays(today, 6));
    expect(declared.data?.declareDisaster.regions.every((region) => region.inForce === true)).toBe(true);
    expect(reasonOrCode(await open({ ...hanako, address: '鷺宮' }, await t.authorization('physician')))).toEqual(['DISASTER_MODE_INACTIVE']);
  });

  it('after the period has ended it is closed; extending the municipality opens it again, there only', async () => {
    const regions = [physicianAt, ...(nurseAt.municipalityCode === physicianAt.municipalityCode ? [] : [nurseAt])];
    const declared = await declare('令和8年首都圏豪雨', regions, addDays(today, -10), addDays(today, -1));
    ids.disaster = declared.data!.declareDisaster.id;
    expect(declared.data?.declareDisaster.regions.map((region) => region.inForce)).toEqual(regions.map(() => false));
    expect(reasonOrCode(await open({ ...hanako, address: '鷺宮' }, await t.authorization('physician')))).toEqual(['DISASTER_MODE_INACTIVE']);

    const extended = await postGraphQL(t.url, EXTEND, { id: ids.disaster, m: physicianAt.municipalityCode, endsOn: addDays(today, 6) }, await t.authorization('operator'));
    expect(extended.errors).toBeUndefined();
    const response = await open({ ...hanako, address: '鷺宮' }, await t.authorization('physician'));
    expect(response.errors).toBeUndefined();
    if (nurseAt.municipalityCode !== physicianAt.municipalityCode) {
      expect(reasonOrCode(await open({ ...hanako, address: '鷺宮' }, await t.authorization('disaster-nurse')))).toEqual(['DISASTER_MODE_INACTIVE']);
    }
  });

  describe('the four attributes (seed 000 §(3) 照会方法), in a declared region', () => {
    it.each([
      ['the insurer by a part of its name (「〇〇健康保険組合△△支部」 by 「〇〇」)', { insurerName: '東和商事' }, SAGINOMIYA],
      ['the address by the ward (「中野」), where only one matches', { insurerName: '北斗', address: '中野' }, NOGATA],
      ['the address by the town (「鷺宮」)', { address: '鷺宮' }, SAGINOMIYA],
      ['the address by another town (「野方」)', { address: '野方' }, NOGATA],
      ['the address from the prefecture on, in full-width digits', { address: '東京都中野区鷺宮１－１' }, SAGINOMIYA],
      ['the name in hiragana, without the space', { name: 'さいがいはなこ', address: '鷺宮' }, SAGINOMIYA],
    ])('finds the one insured person by %s', async (_case, fourth, expected) => {
      const response = await open({ ...hanako, ...fourth }, await t.authorization('physician'));
      expect(response.errors).toBeUndefined();
      expect(response.data?.openDisasterAccess.person.id).toBe(ids[expected.index]);
    });

    it('records the grant: the consented categories, the statement, how the patient was identified, until the period ends, with the notice', async () => {
      const response = await open({ ...hanako, insurerName: '東和商事' }, await t.authorization('physician'));
      expect(response.data?.openDisasterAccess).toEqual({
        grant: {
          basis: 'DISASTER',
          purpose: 'PATIENT_CONSENTED',
          identification: 'FOUR_ATTRIBUTES',
          categories: ['MEDICATIONS'],
          openedBy: physician.sub,
          expiresAt: new Date(`${addDays(today, 7)}T00:00:00+09:00`).toISOString(),
          disaster: { name: '令和8年首都圏豪雨' },
        },
        person: { id: ids[SAGINOMIYA.index], name: { kanji: '災害 花子' } },
        disaster: { name: '令和8年首都圏豪雨' },
        notice: DISASTER_NOTICE,
      });
      expect(response.extensions?.disasterNotice).toBe(DISASTER_NOTICE);
      // The opening is an access event of its own, under the basis it opened.
      const [event] = await t.sql(`SELECT basis, purpose_of_use, fields->'served'->'DISASTER' AS served FROM audit.access_events WHERE person_id = $1 ORDER BY recorded_at DESC LIMIT 1`, [ids[SAGINOMIYA.index]]);
      expect(event).toEqual({ basis: 'DISASTER', purpose_of_use: 'TREAT', served: expect.arrayContaining(['Mutation.openDisasterAccess']) });
    });

    it('then the patient\'s consented categories are read, each response with the notice', async () => {
      const response = await postGraphQL<{ person: { medications: { totalCount: number } | null } }>(t.url, READ, { id: ids[SAGINOMIYA.index] }, await t.authorization('physician'));
      expect(response.data?.person.medications).toEqual({ totalCount: 1 });
      expect(reasonOrCode(response)).toEqual(['OUTSIDE_BASIS']);
      expect(response.extensions?.disasterNotice).toBe(DISASTER_NOTICE);
      // The access log has the read under its basis (DOMAIN.md §6).
      const [event] = await t.sql(`SELECT basis, outcome FROM audit.access_events WHERE person_id = $1 ORDER BY recorded_at DESC LIMIT 1`, [ids[SAGINOMIYA.index]]);
      expect(event).toEqual({ basis: 'DISASTER', outcome: 'PARTIAL' });
    });

    it('several matching is IDENTIFICATION_AMBIGUOUS, telling neither who nor how many', async () => {
      const response = await open({ ...hanako, address: '中野' }, await t.authorization('physician'));
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([{ message: expect.not.stringMatching(/[0-9]/), path: ['openDisasterAccess'], extensions: { code: 'IDENTIFICATION_AMBIGUOUS', serviceName: 'eligibility' } }]);
    });

    it.each([
      ['the sex', { name: '災害花子', birthDate: '1980-02-03', address: '鷺宮' }, ['sex']],
      ['the fourth (neither insurer name nor address)', hanako, ['insurerName or address']],
      ['the name (blank)', { ...hanako, name: '　', address: '鷺宮' }, ['name']],
      ['everything', {}, ['name', 'birthDate', 'sex', 'insurerName or address']],
    ])('a missing attribute is IDENTIFIERS_MISSING: %s', async (_case, patient, missing) => {
      const response = await open(patient, await t.authorization('physician'));
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'IDENTIFIERS_MISSING', missing, serviceName: 'eligibility' });
    });

    it('none matching is NO_MATCH, the same answer whether such a person exists or not', async () => {
      const answers = await Promise.all(
        [
          { ...hanako, birthDate: '1980-02-04', address: '鷺宮' },
          { ...hanako, address: '白鷺' },
          { name: '失効 三郎', birthDate: '1961-07-07', sex: 'MALE', address: '白鷺' },
          { name: '存在 しない', birthDate: '1961-07-07', sex: 'MALE', address: '白鷺' },
        ].map(async (patient) => {
          const response = await open(patient, await t.authorization('physician'));
          return { data: response.data, errors: response.errors };
        }),
      );
      for (const answer of answers) expect(answer).toEqual(answers[answers.length - 1]);
      expect(answers[0]!.errors?.[0]?.extensions).toEqual({ code: 'NO_MATCH', serviceName: 'eligibility' });
    });
  });

  describe('who may open it', () => {
    it('staff with disaster authority, though not qualified, in a declared region', async () => {
      if (nurseAt.municipalityCode !== physicianAt.municipalityCode) {
        await postGraphQL(t.url, EXTEND, { id: ids.disaster, m: nurseAt.municipalityCode, endsOn: addDays(today, 6) }, await t.authorization('operator'));
      }
      const response = await open({ ...hanako, address: '鷺宮' }, await t.authorization('disaster-nurse'), 'PROTECT_LIFE_OR_BODY', []);
      expect(response.errors).toBeUndefined();
      expect(response.data?.openDisasterAccess.grant).toMatchObject({ purpose: 'PROTECT_LIFE_OR_BODY', categories: ['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE'], openedBy: nurse.sub });
      const read = await postGraphQL<{ person: { medications: unknown; checkups: unknown } }>(t.url, READ, { id: ids[SAGINOMIYA.index] }, await t.authorization('disaster-nurse'));
      expect(read.errors).toBeUndefined();
      expect(read.data?.person).toMatchObject({ medications: { totalCount: 1 }, checkups: { totalCount: 0 } });
    });

    it('not a clerk: 403 QUALIFICATION_REQUIRED', async () => {
      const response = await open({ ...hanako, address: '鷺宮' }, await t.authorization('clerk'));
      expect([response.status, reasonOrCode(response)]).toEqual([403, ['QUALIFICATION_REQUIRED']]);
    });

    it('PATIENT_CONSENTED needs the categories consented to', async () => {
      const response = await open({ ...hanako, address: '鷺宮' }, await t.authorization('physician'), 'PATIENT_CONSENTED', []);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.categories' });
    });
  });

  describe('a municipality closed early', () => {
    it('ends the disaster grants there and closes disaster access, while the other municipalities stay open', async () => {
      const closed = await postGraphQL<{ closeDisasterRegion: { regions: Array<{ municipalityCode: string; closedAt: string | null; inForce: boolean }> } }>(
        t.url,
        CLOSE,
        { id: ids.disaster, m: physicianAt.municipalityCode },
        await t.authorization('operator'),
      );
      const region = closed.data?.closeDisasterRegion.regions.find((r) => r.municipalityCode === physicianAt.municipalityCode);
      expect(region).toEqual({ municipalityCode: physicianAt.municipalityCode, closedAt: expect.any(String), inForce: false });

      const read = await postGraphQL<{ person: { medications: unknown } }>(t.url, READ, { id: ids[SAGINOMIYA.index] }, await t.authorization('physician'));
      expect(read.data?.person.medications).toBeNull();
      expect(reasonOrCode(read)).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
      expect(read.extensions?.disasterNotice).toBeUndefined();
      expect(reasonOrCode(await open({ ...hanako, address: '鷺宮' }, await t.authorization('physician')))).toEqual(['DISASTER_MODE_INACTIVE']);
      if (nurseAt.municipalityCode !== physicianAt.municipalityCode) {
        expect((await open({ ...hanako, address: '鷺宮' }, await t.authorization('disaster-nurse'))).errors).toBeUndefined();
      }
    });

    it('a closed municipality is not extended', async () => {
      const response = await postGraphQL(t.url, EXTEND, { id: ids.disaster, m: physicianAt.municipalityCode, endsOn: addDays(today, 9) }, await t.authorization('operator'));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'municipalityCode' });
    });

    it('the declared disasters are listed for everyone: in force now, or all', async () => {
      const list = async (all: boolean) =>
        (await postGraphQL<{ disasters: Array<{ name: string }> }>(t.url, 'query($all: Boolean) { disasters(all: $all) { name } }', { all }, await t.authorization('clerk'))).data?.disasters.map((d) => d.name);
      expect(await list(true)).toEqual(expect.arrayContaining(['令和8年首都圏豪雨', '令和8年能登半島沖地震']));
      expect(await list(false)).toContain('令和8年能登半島沖地震');
    });
  });
});
