import { createHash } from 'node:crypto';
import { AccessEvent, ChainedAccessEvent } from './access-event';

/** The previous hash of a chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys in code-point order at every depth, no whitespace: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * What an event's hash covers: every recorded part of it (the time as an ISO instant with
 * milliseconds), its chain, its place in the chain and the hash of the event before it, so that
 * changing, removing or slipping in an event breaks the chain from there on.
 */
export function hashedContent(event: AccessEvent, chainId: string, sequence: number, previousHash: string): string {
  return canonicalJson({
    id: event.id,
    recordedAt: event.recordedAt.toISOString(),
    requestId: event.requestId,
    userId: event.userId,
    role: event.role,
    qualification: event.qualification,
    institutionCode: event.institutionCode,
    terminalId: event.terminalId,
    terminalKind: event.terminalKind,
    basis: event.basis,
    purposeOfUse: event.purposeOfUse,
    personId: event.personId,
    categories: event.categories,
    fields: event.fields,
    outcome: event.outcome,
    denyReasons: event.denyReasons,
    chainId,
    sequence,
    previousHash,
  });
}

/** SHA-256 (hex) of the event's hashed content. */
export const eventHash = (event: AccessEvent, chainId: string, sequence: number, previousHash: string): string =>
  createHash('sha256').update(hashedContent(event, chainId, sequence, previousHash), 'utf8').digest('hex');

/** The events linked one after the other from `previous` (the chain's last event so far, or none). */
export function chainEvents(events: readonly AccessEvent[], chainId: string, previous: { readonly sequence: number; readonly hash: string }): ChainedAccessEvent[] {
  let { sequence, hash } = previous;
  return events.map((event) => {
    const previousHash = hash;
    sequence += 1;
    hash = eventHash(event, chainId, sequence, previousHash);
    return { ...event, chainId, sequence, previousHash, hash };
  });
}
