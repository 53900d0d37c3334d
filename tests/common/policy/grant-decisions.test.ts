import { BASES, basisOfAllowed, Caller, decide, decideStatically, decisionsUnder, FIELD_POLICY_KEYS, Grant, RecordFacts } from '../../../common/src/policy';
import {
  analyst,
  auditor,
  clerk,
  disasterNurse,
  emergencyPhysician,
  grant,
  HOSPITAL,
  hoursAfter,
  NOW,
  nurse,
  OTHER_HOSPITAL,
  OTHER_PERSON_ID,
  PATIENT_ID,
  patient,
  pharmacist,
  physician,
  SUMMARY_NOW,
} from './fixtures';

const CALLERS: Record<string, Caller> = { physician, pharmacist, clerk, nurse, patient, emergencyPhysician, disasterNurse, analyst, auditor };

const GRANT_SETS: Record<string, readonly Grant[]> = {
  none: [],
  ...Object.fromEntries(BASES.map((basis) => [basis, [grant(basis)]])),
  'consent to medications only': [grant('CONSENT', { categories: ['MEDICATIONS'] })],
  'consent ended an hour ago': [grant('CONSENT', { grantedAt: hoursAfter(NOW, -25) })],
  'consent at another hospital': [grant('CONSENT', { institutionCode: OTHER_HOSPITAL })],
  'emergency opened by another login': [grant('EMERGENCY_NO_CARD', { openedBy: `${HOSPITAL}-E09` })],
  'consent and disaster': [grant('CONSENT', { categories: ['CHECKUPS'] }), grant('DISASTER')],
};

const FACTS: readonly RecordFacts[] = [
  {},
  { personId: PATIENT_ID },
  { personId: OTHER_PERSON_ID },
  { personId: PATIENT_ID, told: true },
  { personId: PATIENT_ID, told: false },
  { personId: PATIENT_ID, careCategory: 'SURGERY' },
  { personId: PATIENT_ID, remarkKind: 'BILLED_ITEM' },
  { institutionCode: HOSPITAL },
  { institutionCode: OTHER_HOSPITAL },
];

const FIELDS = [...FIELD_POLICY_KEYS.keys()];

describe('decisionsUnder', () => {
  // Every field, twice over (the second time from what was kept), for every caller, grant set and record.
  test.each(Object.entries(CALLERS))('gives %s the decisions decide and decideStatically give, and the bases basisOfAllowed gives, under every grant set', (_name, caller) => {
    const made: unknown[] = [];
    const expected: unknown[] = [];
    // The emergency summary's version matters to emergency staff only.
    for (const at of caller.emergencyId ? [NOW, SUMMARY_NOW] : [NOW]) {
      for (const [set, grants] of Object.entries(GRANT_SETS)) {
        const fresh = FIELDS.map((field) => [
          set,
          field,
          decideStatically({ caller, grants, field, at }),
          FACTS.map((facts) => decide({ caller, grants, field, facts, at })),
          FACTS.map((facts) => basisOfAllowed({ caller, grants, field, facts, at })),
        ]);
        for (const round of [1, 2]) {
          const decisions = decisionsUnder(caller, grants, at);
          made.push(
            round,
            FIELDS.map((field) => [set, field, decisions.statically(field), FACTS.map((facts) => decisions.decide(field, facts)), FACTS.map((facts) => decisions.basisOf(field, facts))]),
          );
          expected.push(round, fresh);
        }
      }
    }
    expect(made).toEqual(expected);
  });

  test('a consent kept at 23h59 does not open the same fields at 24h01', () => {
    const consent = grant('CONSENT', { grantedAt: NOW });
    const field = 'Person.medications';
    const own = { personId: PATIENT_ID };
    expect(decisionsUnder(physician, [consent], hoursAfter(NOW, 23 + 59 / 60)).decide(field, own)).toEqual({ allow: true });
    expect(decisionsUnder(physician, [consent], hoursAfter(NOW, 24 + 1 / 60)).decide(field, own)).toEqual({ allow: false, reason: 'CONSENT_EXPIRED' });
  });

  test('a withdrawn grant is not remembered', () => {
    const field = 'Person.checkups';
    const own = { personId: PATIENT_ID };
    expect(decisionsUnder(physician, [grant('CONSENT')], NOW).decide(field, own)).toEqual({ allow: true });
    expect(decisionsUnder(physician, [], NOW).decide(field, own)).toEqual({ allow: false, reason: 'CONSENT_REQUIRED' });
  });

  test('grants the same but for their person decide for their own person', () => {
    const field = 'Person.checkups';
    expect(decisionsUnder(physician, [grant('CONSENT')], NOW).decide(field, { personId: OTHER_PERSON_ID }).allow).toBe(false);
    expect(decisionsUnder(physician, [grant('CONSENT', { personId: OTHER_PERSON_ID })], NOW).decide(field, { personId: OTHER_PERSON_ID })).toEqual({ allow: true });
  });
});
