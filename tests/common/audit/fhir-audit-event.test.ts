import { ChainedAccessEvent } from '../../../common/src/audit/access-event';
import { toFhirAuditEvent } from '../../../common/src/audit/fhir-audit-event';
import { chainEvents, GENESIS_HASH } from '../../../common/src/audit/hash-chain';
import { accessEvent, PERSON } from './fixtures';

const chained = (overrides: Parameters<typeof accessEvent>[0] = {}): ChainedAccessEvent =>
  chainEvents([accessEvent(overrides)], '5481d53a-6643-4e3e-9ccd-5d6493904900', { sequence: 0, hash: GENESIS_HASH })[0]!;
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

describe('an access event as a FHIR AuditEvent (IHE BALP)', () => {
  it('is a RESTful read of the patient, by the user as requestor with their role and purpose of use, observed by the gateway', () => {
    const event = chained();
    const fhir = toFhirAuditEvent(event);
    expect(fhir).toMatchObject({
      resourceType: 'AuditEvent',
      id: event.id,
      type: { code: 'rest' },
      subtype: [{ code: 'read' }],
      action: 'R',
      recorded: event.recordedAt.toISOString(),
      outcome: '0',
      outcomeDesc: 'PARTIAL: PATIENT_ONLY',
      purposeOfEvent: [{ coding: [{ system: ACT_REASON, code: 'TREAT' }] }],
      source: { observer: { identifier: { value: 'health-insurance-gateway' } } },
    });
    expect(fhir).toMatchObject({
      agent: [
        {
          requestor: true,
          who: { identifier: { value: '0110000007-02' } },
          role: [{ coding: [{ code: 'PHYSICIAN' }] }],
          purposeOfUse: [{ coding: [{ code: 'TREAT' }] }],
          network: { address: 'terminal:2@0110000007' },
        },
        { requestor: false, who: { identifier: { value: '0110000007' } } },
      ],
      entity: [{ what: { identifier: { value: PERSON } }, role: { code: '1' } }, { what: { identifier: { value: event.requestId } } }],
    });
    const [patient] = fhir.entity as Array<{ detail: unknown[] }>;
    expect(patient!.detail).toEqual(expect.arrayContaining([
      { type: 'basis', valueString: 'CONSENT' },
      { type: 'categories', valueString: 'ELIGIBILITY,MEDICATIONS' },
      { type: 'served (CONSENT)', valueString: 'Person.medications' },
      { type: 'served', valueString: 'Person.name' },
      { type: 'withheld (PATIENT_ONLY)', valueString: 'Dispensing.dispensingInstitutionName' },
    ]));
  });

  it('marks an emergency access as emergency treatment, break the glass', () => {
    const fhir = toFhirAuditEvent(chained({ basis: 'EMERGENCY_NO_CARD', purposeOfUse: 'ETREAT' })) as { purposeOfEvent: Array<{ coding: Array<{ code: string }> }> };
    expect(fhir.purposeOfEvent[0]!.coding.map((c) => c.code)).toEqual(['ETREAT', 'BTG']);
  });

  it('marks a refused access as a minor failure', () => {
    expect(toFhirAuditEvent(chained({ outcome: 'REFUSED', basis: null }))).toMatchObject({ outcome: '4' });
  });
});
