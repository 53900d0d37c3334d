import {
  EligibilityDecision,
  InsuranceNumberMatch,
  QualificationPeriod,
  decideByCertificate,
  decideByInsuranceNumbers,
  inForceOn,
} from '../../../subgraphs/eligibility/src/eligibility-status';
import { CertificatePeriod } from '../../../subgraphs/eligibility/src/certificate-validity';

const AS_OF = '2026-11-01';

const q = (id: string, personId: string, acquiredOn: string, lostOn: string | null = null): QualificationPeriod => ({ id, personId, acquiredOn, lostOn });
const match = (qualification: QualificationPeriod, personHasQualificationInForce: boolean): InsuranceNumberMatch<QualificationPeriod> => ({
  qualification,
  personHasQualificationInForce,
});
const summary = (d: EligibilityDecision<QualificationPeriod>) => ({ status: d.status, qualification: d.qualification?.id ?? null, personId: d.personId, matchCount: d.matchCount });

describe('inForceOn', () => {
  test.each([
    ['acquired earlier, never lost', q('1', 'p', '2020-01-01'), true],
    ['acquired on the day', q('1', 'p', AS_OF), true],
    ['acquired the day after', q('1', 'p', '2026-11-02'), false],
    ['lost the day after (still in force)', q('1', 'p', '2020-01-01', '2026-11-02'), true],
    ['lost on the day (資格喪失日 is the first day without coverage)', q('1', 'p', '2020-01-01', AS_OF), false],
    ['lost earlier', q('1', 'p', '2020-01-01', '2025-04-01'), false],
  ])('%s', (_, qualification, expected) => {
    expect(inForceOn(qualification, AS_OF)).toBe(expected);
  });
});

describe('decideByInsuranceNumbers', () => {
  test.each([
    ['nothing matches → NONE', [], { status: 'NONE', qualification: null, personId: null, matchCount: 0 }],
    [
      'the only match is in force → VALID with it and its person',
      [match(q('10', 'a', '2020-01-01'), true)],
      { status: 'VALID', qualification: '10', personId: 'a', matchCount: 1 },
    ],
    [
      'lost, and the person has no qualification in force → INVALID with the person',
      [match(q('10', 'a', '2020-01-01', '2026-10-02'), false)],
      { status: 'INVALID', qualification: '10', personId: 'a', matchCount: 1 },
    ],
    [
      'lost, but the person has another in force → INVALID_NEWER_QUALIFICATION, the checked one only, no person',
      [match(q('10', 'a', '2018-01-01', '2024-04-01'), true)],
      { status: 'INVALID_NEWER_QUALIFICATION', qualification: '10', personId: null, matchCount: 1 },
    ],
    [
      'a household without 枝番: three persons → MULTIPLE, nothing else',
      [match(q('10', 'a', '2020-01-01'), true), match(q('20', 'b', '2020-01-01'), true), match(q('30', 'c', '2021-01-01'), true)],
      { status: 'MULTIPLE', qualification: null, personId: null, matchCount: 3 },
    ],
    [
      'two persons even if one is lost → MULTIPLE',
      [match(q('10', 'a', '2020-01-01', '2026-10-02'), false), match(q('20', 'b', '2020-01-01'), true)],
      { status: 'MULTIPLE', qualification: null, personId: null, matchCount: 2 },
    ],
    [
      'acquired after the date checked: did not exist then → NONE',
      [match(q('10', 'a', '2026-12-01'), false)],
      { status: 'NONE', qualification: null, personId: null, matchCount: 0 },
    ],
    [
      'a household where only one member existed on the date → VALID for that member',
      [match(q('10', 'a', '2020-01-01'), true), match(q('20', 'b', '2026-12-01'), false)],
      { status: 'VALID', qualification: '10', personId: 'a', matchCount: 1 },
    ],
    [
      'the same numbers re-acquired by one person: the one in force wins',
      [match(q('10', 'a', '2015-01-01', '2019-01-01'), true), match(q('11', 'a', '2021-01-01'), true)],
      { status: 'VALID', qualification: '11', personId: 'a', matchCount: 1 },
    ],
    [
      'the same numbers lost twice by one person: the newest is the one checked',
      [match(q('10', 'a', '2015-01-01', '2019-01-01'), false), match(q('11', 'a', '2021-01-01', '2026-01-01'), false)],
      { status: 'INVALID', qualification: '11', personId: 'a', matchCount: 1 },
    ],
  ])('%s', (_, matches, expected) => {
    expect(summary(decideByInsuranceNumbers(matches, AS_OF))).toEqual(expected);
  });
});

describe('decideByCertificate', () => {
  const active: CertificatePeriod = { issuedOn: '2024-01-10', expiresOn: '2029-01-08', revokedOn: null };
  test.each([
    ['unknown certificate → NONE', null, [q('10', 'a', '2020-01-01')], { status: 'NONE', qualification: null, personId: null, matchCount: 0 }],
    [
      'expired certificate → NONE',
      { issuedOn: '2021-01-10', expiresOn: '2026-01-09', revokedOn: null },
      [q('10', 'a', '2020-01-01')],
      { status: 'NONE', qualification: null, personId: null, matchCount: 0 },
    ],
    [
      'revoked certificate → NONE',
      { ...active, revokedOn: '2026-06-01' },
      [q('10', 'a', '2020-01-01')],
      { status: 'NONE', qualification: null, personId: null, matchCount: 0 },
    ],
    [
      'revoked only after the date checked → still answers',
      { ...active, revokedOn: '2026-12-01' },
      [q('10', 'a', '2020-01-01')],
      { status: 'VALID', qualification: '10', personId: 'a', matchCount: 1 },
    ],
    [
      'issued after the date checked → NONE',
      { issuedOn: '2026-11-02', expiresOn: '2031-11-01', revokedOn: null },
      [q('10', 'a', '2020-01-01')],
      { status: 'NONE', qualification: null, personId: null, matchCount: 0 },
    ],
    ['one qualification in force → VALID', active, [q('10', 'a', '2020-01-01')], { status: 'VALID', qualification: '10', personId: 'a', matchCount: 1 }],
    [
      'an old lost one and a current one → VALID with the current one (the card identifies the person)',
      active,
      [q('10', 'a', '2012-01-01', '2020-04-01'), q('11', 'a', '2020-04-01')],
      { status: 'VALID', qualification: '11', personId: 'a', matchCount: 1 },
    ],
    [
      'two in force → MULTIPLE with the count, nothing else',
      active,
      [q('10', 'a', '2012-01-01'), q('11', 'a', '2020-04-01')],
      { status: 'MULTIPLE', qualification: null, personId: null, matchCount: 2 },
    ],
    [
      'all lost → INVALID with the latest lost one and the person',
      active,
      [q('10', 'a', '2012-01-01', '2020-04-01'), q('11', 'a', '2020-04-01', '2026-09-01')],
      { status: 'INVALID', qualification: '11', personId: 'a', matchCount: 1 },
    ],
    ['no qualification at all → NONE', active, [], { status: 'NONE', qualification: null, personId: null, matchCount: 0 }],
    [
      'only a qualification acquired after the date checked → NONE',
      active,
      [q('10', 'a', '2026-12-01')],
      { status: 'NONE', qualification: null, personId: null, matchCount: 0 },
    ],
  ])('%s', (_, certificate, qualifications, expected) => {
    expect(summary(decideByCertificate(certificate, qualifications, AS_OF))).toEqual(expected);
  });
});
