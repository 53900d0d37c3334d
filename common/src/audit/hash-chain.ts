import { createHash } from 'node:crypto';
import { AccessEvent, ChainedAccessEvent } from './access-event';

/** The previous hash of a chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The value with the keys of every object inserted in code-point order (undefined left out). */
function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedKeys);
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortedKeys(item);
  }
  return sorted;
}

/** JSON with object keys in code-point order at every depth, no whitespace: the same value always gives the same text. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortedKeys(value)) ?? 'null';

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
