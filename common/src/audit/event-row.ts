import { TerminalKind } from '../access/access-context';
import { Basis, DenyReason, Role, StaffQualification } from '../policy/types';
import { AccessOutcome, ChainedAccessEvent, PurposeOfUse } from './access-event';
import { AuditCategory } from './audit-category';
import { FieldDecisions } from './field-decisions';

/** The access log's table (audit/migrations): partitioned by month of `recorded_at`. */
export const EVENTS_TABLE = 'audit.access_events';
/** One row per hash chain: each gateway instance writes its own, from when it starts. */
export const CHAINS_TABLE = 'audit.chains';

/** The role the gateway writes events as (subgraphs/audit/migrations/001_init.sql): INSERT and SELECT only. */
export const AUDIT_WRITER_ROLE = 'hig_audit_writer';
/** The role the log is read as (the audit subgraph, the verify command): SELECT only. */
export const AUDIT_READER_ROLE = 'hig_audit_reader';

/** The columns of an event, in the order the writer inserts them. */
export const EVENT_COLUMNS = [
  'id', 'chain_id', 'seq', 'prev_hash', 'hash', 'recorded_at', 'request_id', 'user_id', 'role', 'qualification', 'institution_code',
  'terminal_id', 'terminal_kind', 'basis', 'purpose_of_use', 'person_id', 'categories', 'fields', 'outcome', 'deny_reasons',
] as const;

/** The SQL type of each column, as `jsonb_to_recordset` reads them. */
export const EVENT_COLUMN_TYPES: Readonly<Record<(typeof EVENT_COLUMNS)[number], string>> = {
  id: 'uuid', chain_id: 'uuid', seq: 'bigint', prev_hash: 'text', hash: 'text', recorded_at: 'timestamptz', request_id: 'text', user_id: 'text',
  role: 'text', qualification: 'text', institution_code: 'text', terminal_id: 'text', terminal_kind: 'text', basis: 'text', purpose_of_use: 'text',
  person_id: 'uuid', categories: 'text[]', fields: 'jsonb', outcome: 'text', deny_reasons: 'text[]',
};

/** An event as PostgreSQL returns it (node-postgres types: bigint as text, timestamptz as Date, jsonb parsed). */
export interface EventRow {
  readonly id: string;
  readonly chain_id: string;
  readonly seq: string;
  readonly prev_hash: string;
  readonly hash: string;
  readonly recorded_at: Date;
  readonly request_id: string;
  readonly user_id: string;
  readonly role: string;
  readonly qualification: string | null;
  readonly institution_code: string | null;
  readonly terminal_id: string | null;
  readonly terminal_kind: string | null;
  readonly basis: string | null;
  readonly purpose_of_use: string;
  readonly person_id: string | null;
  readonly categories: string[];
  readonly fields: unknown;
  readonly outcome: string;
  readonly deny_reasons: string[];
}

/** `SELECT` list of every column, from the events table aliased `e`. */
export const SELECT_EVENT = EVENT_COLUMNS.map((column) => `e.${column}`).join(', ');

/** The stored event as recorded, for reading and for checking its hash: nothing is trusted to be well-formed. */
export function eventOfRow(row: EventRow): ChainedAccessEvent {
  return {
    id: row.id,
    chainId: row.chain_id,
    sequence: Number(row.seq),
    previousHash: row.prev_hash,
    hash: row.hash,
    recordedAt: row.recorded_at,
    requestId: row.request_id,
    userId: row.user_id,
    role: row.role as Role,
    qualification: row.qualification as StaffQualification | null,
    institutionCode: row.institution_code,
    terminalId: row.terminal_id,
    terminalKind: row.terminal_kind as TerminalKind | null,
    basis: row.basis as Basis | null,
    purposeOfUse: row.purpose_of_use as PurposeOfUse,
    personId: row.person_id,
    categories: row.categories as AuditCategory[],
    fields: row.fields as FieldDecisions,
    outcome: row.outcome as AccessOutcome,
    denyReasons: row.deny_reasons as DenyReason[],
  };
}

/** The event as a row of `jsonb_to_recordset`, the chained parts included. */
export function rowOfEvent(event: ChainedAccessEvent): Record<(typeof EVENT_COLUMNS)[number], unknown> {
  return {
    id: event.id,
    chain_id: event.chainId,
    seq: event.sequence,
    prev_hash: event.previousHash,
    hash: event.hash,
    recorded_at: event.recordedAt.toISOString(),
    request_id: event.requestId,
    user_id: event.userId,
    role: event.role,
    qualification: event.qualification,
    institution_code: event.institutionCode,
    terminal_id: event.terminalId,
    terminal_kind: event.terminalKind,
    basis: event.basis,
    purpose_of_use: event.purposeOfUse,
    person_id: event.personId,
    categories: event.categories,
    fields: event.fields,
    outcome: event.outcome,
    deny_reasons: event.denyReasons,
  };
}
