import { INSTITUTION_ROLES, INTERNAL_ROLES, OPENED_BY_CONSENT_TO, ROSTER_ROLES } from './bases';
import { basisVerdict } from './basis-check';
import { isQualified } from './readers';
import { ruleAt } from './rule-lookup';
import { isStructuralField } from './structural';
import { AccessLogRule, Caller, FieldRequest, Grant, PersonFieldRule } from './types';
import { allowedIf, denied, Verdict, visibilityChecks } from './verdict';

function patientVerdict(rule: PersonFieldRule, caller: Caller): Verdict {
  if (rule.patient === 'HIDDEN') return denied('NOT_IN_PATIENT_VIEW');
  const self = caller.personId;
  if (self === undefined) return denied('NOT_OWN_RECORD');
  return allowedIf(
    { fact: 'personId', verdict: (facts) => (facts.personId === self ? null : 'NOT_OWN_RECORD') },
    ...visibilityChecks(rule.patient, 'NOT_IN_PATIENT_VIEW'),
  );
}

function staffVerdict(rule: PersonFieldRule, caller: Caller, grants: readonly Grant[], at: Date): Verdict {
  // Staff with disaster authority read medical data too, under a disaster grant only (basisVerdict).
  if (rule.staff === 'QUALIFIED' && !isQualified(caller) && caller.disasterAuthority !== true) return denied('QUALIFICATION_REQUIRED');
  const view = rule.institution;
  if (view === 'HIDDEN') return denied('NOT_IN_INSTITUTION_VIEW');
  if (view === 'PATIENT_ONLY') return denied('PATIENT_ONLY');
  const conditions = visibilityChecks(view, 'NOT_IN_INSTITUTION_VIEW');
  const consent = OPENED_BY_CONSENT_TO[rule.category];
  if (consent === null) return allowedIf(...conditions);
  const basis = basisVerdict(rule, consent, caller, grants, at);
  return 'deny' in basis ? basis : allowedIf(...basis.checks, ...conditions);
}

function personVerdict(rule: PersonFieldRule, caller: Caller, grants: readonly Grant[], at: Date): Verdict {
  if (INTERNAL_ROLES.includes(caller.role)) return denied('NO_PERSON_ACCESS');
  if (caller.role === 'PATIENT') return patientVerdict(rule, caller);
  if (INSTITUTION_ROLES.includes(caller.role)) return staffVerdict(rule, caller, grants, at);
  return denied('ROLE_NOT_PERMITTED');
}

function rosterVerdict(caller: Caller): Verdict {
  if (ROSTER_ROLES.includes(caller.role)) return allowedIf();
  const own = caller.institutionCode;
  if (!INSTITUTION_ROLES.includes(caller.role) || own === undefined) return denied('ROLE_NOT_PERMITTED');
  return allowedIf({ fact: 'institutionCode', verdict: (facts) => (facts.institutionCode === own ? null : 'NOT_OWN_RECORD') });
}

function accessLogVerdict(rule: AccessLogRule, caller: Caller): Verdict {
  if (caller.role === 'AUDITOR') return allowedIf();
  if (caller.role !== 'PATIENT') return denied('ROLE_NOT_PERMITTED');
  if (rule.patient === 'HIDDEN') return denied('NOT_IN_PATIENT_VIEW');
  const self = caller.personId;
  if (self === undefined) return denied('NOT_OWN_RECORD');
  return allowedIf({ fact: 'personId', verdict: (facts) => (facts.personId === self ? null : 'NOT_OWN_RECORD') });
}

/** The policy's answer for one field before the record is seen: the one place the rules are applied. */
export function evaluate({ caller, grants, field, at }: FieldRequest): Verdict {
  if (isStructuralField(field)) return allowedIf();
  const found = ruleAt(field, at);
  if ('reason' in found) return denied(found.reason);
  const { rule } = found;
  switch (rule.kind) {
    case 'PUBLIC':
      return allowedIf();
    case 'INSTITUTION_ROSTER':
      return rosterVerdict(caller);
    case 'AUDIT':
      return caller.role === 'AUDITOR' ? allowedIf() : denied('ROLE_NOT_PERMITTED');
    case 'PERSON':
      return personVerdict(rule, caller, grants, at);
    case 'AGGREGATE':
      return rule.roles.includes(caller.role) ? allowedIf() : denied('ROLE_NOT_PERMITTED');
    case 'ACCESS_LOG':
      return accessLogVerdict(rule, caller);
  }
}
