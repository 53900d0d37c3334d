import { isPersonId } from '../identifiers';
import { DENY_REASONS } from '../policy/deny-reasons';
import { BASES } from '../policy/types';
import { AccessLedger, PersonAccess } from './access-ledger';

/**
 * The gateway asks a subgraph for the access report of a request with this header; the subgraph
 * answers it in the response's `extensions` under ACCESS_REPORT_EXTENSION. Only the gateway calls
 * a subgraph, and it takes the report out before anything reaches the client.
 */
export const ACCESS_REPORT_HEADER = 'x-access-report';
export const ACCESS_REPORT_REQUESTED = 'requested';
export const ACCESS_REPORT_EXTENSION = 'accessReport';

/** The report a subgraph sends of one request: what its ledger holds, the fields grouped as the log stores them. */
export interface AccessReport {
  readonly v: 1;
  readonly persons: readonly PersonAccess[];
}

export const accessReportOf = (ledger: AccessLedger): AccessReport => ({ v: 1, persons: ledger.persons() });

const FIELD_NAME = /^[_A-Za-z][_0-9A-Za-z]*\.[_A-Za-z][_0-9A-Za-z]*$/;
const RESPONSE_KEY = /^[_A-Za-z][_0-9A-Za-z]*$/;
const REASONS = new Set<string>(DENY_REASONS.map((d) => d.reason));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown, valid: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(valid);

const SERVED_UNDER = new Set<string>([...BASES, 'NONE']);
const isFieldName = (field: unknown): boolean => typeof field === 'string' && FIELD_NAME.test(field);
const isGroups = (value: unknown, keys: ReadonlySet<string>): boolean =>
  isObject(value) && Object.entries(value).every(([key, fields]) => keys.has(key) && listOf(fields, isFieldName));

function isPersonAccess(value: unknown): value is PersonAccess {
  if (!isObject(value)) return false;
  const { personId, roots, fields } = value;
  return (
    typeof personId === 'string' && isPersonId(personId) &&
    listOf(roots, (root) => typeof root === 'string' && RESPONSE_KEY.test(root)) &&
    isObject(fields) && isGroups(fields.served, SERVED_UNDER) && isGroups(fields.withheld, REASONS)
  );
}


/**
 * The persons of a subgraph's report; an empty list when the response carries none (it read no
 * one's data), null when what it carries is not a report: the request's accesses are then not
 * known, and the gateway serves nothing of it.
 */
export function parseAccessReport(value: unknown): readonly PersonAccess[] | null {
  if (value === undefined) return [];
  if (!isObject(value) || value.v !== 1 || !listOf(value.persons, isPersonAccess)) return null;
  return value.persons as PersonAccess[];
}
