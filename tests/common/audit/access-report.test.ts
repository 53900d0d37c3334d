import { AccessLedger } from '../../../common/src/audit/access-ledger';
import { accessReportOf, parseAccessReport } from '../../../common/src/audit/access-report';
import { OTHER_PERSON, PERSON } from './fixtures';

describe('the access report a subgraph sends the gateway', () => {
  const ledger = new AccessLedger();
  ledger.touched(PERSON, 'claim');
  ledger.decided(PERSON, 'Claim.treatmentMonth', { allow: true }, 'CONSENT');
  ledger.decided(PERSON, 'Claim.outcome', { allow: false, reason: 'NOT_IN_INSTITUTION_VIEW' }, null);
  ledger.decided(PERSON, 'Institution.name', { allow: true }, null);
  ledger.touched(OTHER_PERSON);
  ledger.touched('not-a-person');
  const report = JSON.parse(JSON.stringify(accessReportOf(ledger))) as unknown;

  it('reads back as the persons reached, the root fields they were reached under and their fields of a person\'s data', () => {
    expect(parseAccessReport(report)).toEqual([
      { personId: PERSON, roots: ['claim'], fields: { served: { CONSENT: ['Claim.treatmentMonth'] }, withheld: { NOT_IN_INSTITUTION_VIEW: ['Claim.outcome'] } } },
      { personId: OTHER_PERSON, roots: [], fields: { served: {}, withheld: {} } },
    ]);
  });

  it('is none when the answer carries none (it reached no one)', () => {
    expect(parseAccessReport(undefined)).toEqual([]);
  });

  it.each([
    ['another version', { v: 2, persons: [] }],
    ['a person id that is not one', { v: 1, persons: [{ personId: 'x', roots: [], fields: { served: {}, withheld: {} } }] }],
    ['a deny reason the policy does not know', { v: 1, persons: [{ personId: PERSON, roots: [], fields: { served: {}, withheld: { SOMETHING: ['Person.name'] } } }] }],
    ['a basis the policy does not know', { v: 1, persons: [{ personId: PERSON, roots: [], fields: { served: { FRIENDSHIP: ['Person.name'] }, withheld: {} } }] }],
    ['a field that is not Type.field', { v: 1, persons: [{ personId: PERSON, roots: [], fields: { served: { NONE: ['name'] }, withheld: {} } }] }],
  ])('is not a report with %s: the access cannot be known', (_case, value) => {
    expect(parseAccessReport(value)).toBeNull();
  });
});
