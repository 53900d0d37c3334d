import { ChainedAccessEvent, isDisaster, isEmergency, PurposeOfUse } from './access-event';

/** Identifier systems of this project's own ids (no public system names them). */
const SYSTEM = 'https://health-insurance-gateway.invalid/id';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

const PURPOSE_DISPLAY: Readonly<Record<PurposeOfUse, string>> = {
  TREAT: 'treatment',
  ETREAT: 'Emergency Treatment',
  PATRQT: 'patient requested',
  COVERAGE: 'coverage under policy or program',
  HOPERAT: 'healthcare operations',
};

const OUTCOME_CODE = { ALLOWED: '0', PARTIAL: '0', REFUSED: '4' } as const;

const coding = (system: string, code: string, display?: string) => ({ system, code, ...(display ? { display } : {}) });
const detail = (type: string, value: string) => ({ type, valueString: value });

/**
 * The event as a FHIR R4 AuditEvent following IHE Basic Audit Log Patterns (BALP): a RESTful read
 * of a patient's data, the user as the requesting agent with their role and purpose of use, the
 * institution and terminal as the source of the request, the gateway as the observer, the patient
 * as the entity with the categories and fields asked for and what was decided; for an analytics
 * query (no person), the aggregates as a report entity instead. An emergency access
 * carries BTG (break the glass) with its ETREAT purpose; a disaster access is marked in the details.
 */
export function toFhirAuditEvent(event: ChainedAccessEvent): Record<string, unknown> {
  const purposes = [coding(ACT_REASON, event.purposeOfUse, PURPOSE_DISPLAY[event.purposeOfUse])];
  if (isEmergency(event.basis)) purposes.push(coding(ACT_REASON, 'BTG', 'break the glass'));
  const user = {
    type: { coding: [coding('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'IRCP', 'information recipient')] },
    role: [{ coding: [coding(`${SYSTEM}/role`, event.qualification ?? event.role)] }],
    who: { identifier: { system: `${SYSTEM}/${event.role === 'PATIENT' ? 'person' : 'login'}`, value: event.userId } },
    requestor: true,
    purposeOfUse: [{ coding: purposes }],
    ...(event.terminalId === null || event.institutionCode === null ? {} : { network: { address: `terminal:${event.terminalId}@${event.institutionCode}`, type: '1' } }),
  };
  const institution =
    event.institutionCode === null
      ? []
      : [{ type: { coding: [coding('http://dicom.nema.org/resources/ontology/DCM', '110153', 'Source Role ID')] }, who: { identifier: { system: `${SYSTEM}/institution-code`, value: event.institutionCode } }, requestor: false }];
  return {
    resourceType: 'AuditEvent',
    id: event.id,
    meta: { profile: ['https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.Read'] },
    type: coding('http://terminology.hl7.org/CodeSystem/audit-event-type', 'rest', 'Restful Operation'),
    subtype: [coding('http://hl7.org/fhir/restful-interaction', 'read', 'read')],
    action: 'R',
    recorded: event.recordedAt.toISOString(),
    outcome: OUTCOME_CODE[event.outcome],
    ...(event.denyReasons.length > 0 ? { outcomeDesc: `${event.outcome}: ${event.denyReasons.join(', ')}` } : {}),
    purposeOfEvent: [{ coding: purposes }],
    agent: [user, ...institution],
    source: { observer: { identifier: { system: `${SYSTEM}/system`, value: 'health-insurance-gateway' } }, type: [coding('http://terminology.hl7.org/CodeSystem/security-source-type', '4', 'Application Server')] },
    entity: [
      {
        ...(event.personId === null
          ? {
              what: { identifier: { system: `${SYSTEM}/aggregate`, value: 'analytics' } },
              type: coding('http://terminology.hl7.org/CodeSystem/audit-entity-type', '2', 'System Object'),
              role: coding('http://terminology.hl7.org/CodeSystem/object-role', '3', 'Report'),
            }
          : {
              what: { identifier: { system: `${SYSTEM}/person`, value: event.personId } },
              type: coding('http://terminology.hl7.org/CodeSystem/audit-entity-type', '1', 'Person'),
              role: coding('http://terminology.hl7.org/CodeSystem/object-role', '1', 'Patient'),
            }),
        detail: [
          ...(event.basis === null ? [] : [detail('basis', event.basis)]),
          ...(isDisaster(event.basis) ? [detail('disaster', 'true')] : []),
          detail('categories', event.categories.join(',')),
          ...Object.entries(event.fields.served).map(([under, fields]) => detail(`served${under === 'NONE' ? '' : ` (${under})`}`, (fields ?? []).join(','))),
          ...Object.entries(event.fields.withheld).map(([reason, fields]) => detail(`withheld (${reason})`, (fields ?? []).join(','))),
        ],
      },
      {
        what: { identifier: { system: `${SYSTEM}/request-id`, value: event.requestId } },
        type: coding('http://terminology.hl7.org/CodeSystem/audit-entity-type', '2', 'System Object'),
        detail: [detail('chain', `${event.chainId}#${event.sequence}`), detail('hash', event.hash), detail('previousHash', event.previousHash)],
      },
    ],
  };
}
