import { AccessEvent } from '../../../common/src/audit/access-event';

export const PERSON = '93503fec-f14d-811e-a5ec-f00000000004';
export const OTHER_PERSON = '0012b410-926b-8896-af6c-00000000050d';

let counter = 0;

/** An access event as the gateway would record one: a physician's read under consent, `overrides` replacing parts. */
export function accessEvent(overrides: Partial<AccessEvent> = {}): AccessEvent {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    recordedAt: new Date(Date.UTC(2026, 10, 21, 9, 0, 0, counter)),
    requestId: `request-${counter}`,
    userId: '0110000007-02',
    role: 'PHYSICIAN',
    qualification: 'PHYSICIAN',
    institutionCode: '0110000007',
    terminalId: '2',
    terminalKind: 'EXAMINATION_ROOM',
    basis: 'CONSENT',
    purposeOfUse: 'TREAT',
    personId: PERSON,
    categories: ['ELIGIBILITY', 'MEDICATIONS'],
    fields: {
      served: { CONSENT: ['Person.medications'], NONE: ['Person.name'] },
      withheld: { PATIENT_ONLY: ['Dispensing.dispensingInstitutionName'] },
    },
    outcome: 'PARTIAL',
    denyReasons: ['PATIENT_ONLY'],
    ...overrides,
  };
}
