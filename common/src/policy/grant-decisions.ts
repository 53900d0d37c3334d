import { basisOfAllowed } from './basis-of';
import { callerKey } from './caller-key';
import { decide } from './decide';
import { grantExpired, grantInForce } from './grants';
import { decideStatically, StaticDecision } from './plan';
import { Basis, Caller, Decision, FieldName, Grant, RecordFacts } from './types';

/** The policy's decisions for one caller under one set of grants at one time, each made once. */
export interface GrantDecisions {
  /** The grants decided under. */
  readonly grants: readonly Grant[];
  /** The same for every caller, grants and time these decisions are kept for. */
  readonly key: string;
  /** decideStatically for the field under these grants. */
  statically(field: FieldName): StaticDecision;
  /** decide for the field of a record with these facts, under these grants. */
  decide(field: FieldName, facts: RecordFacts): Decision;
  /** basisOfAllowed for the field of a record with these facts, under these grants: what the access log names. */
  basisOf(field: FieldName, facts: RecordFacts): Basis | null;
}

/**
 * A grant as the policy reads it at `at`: what it is, whose, where, what it opens, who opened it,
 * and whether it is in force or has expired then. The rules read a grant's times only through
 * those two (grants.ts), so two grants with the same key are the same to every decision.
 */
function grantKey(grant: Grant, at: Date): string {
  return [grant.basis, grant.personId, grant.institutionCode, grant.categories.join(','), grant.openedBy ?? '', grantInForce(grant, at), grantExpired(grant, at)].join('\u0001');
}

/** A fact's value in a key: its type too, so that no two values share a text. */
const factText = (value: unknown): string => `${typeof value}:${String(value)}`;

interface Kept {
  readonly statics: Map<FieldName, StaticDecision>;
  readonly onFacts: Map<string, Decision>;
  readonly bases: Map<string, Basis | null>;
}

/** How many (caller, grants) sets of decisions are kept; the longest unused are forgotten first. */
const KEPT_SETS = 1000;
/** How many record decisions one set keeps before it starts again (a list of many persons' records). */
const KEPT_PER_SET = 10_000;

const kept = new Map<string, Kept>();

function keptFor(key: string): Kept {
  let found = kept.get(key);
  if (found) {
    kept.delete(key);
  } else {
    found = { statics: new Map(), onFacts: new Map(), bases: new Map() };
    if (kept.size >= KEPT_SETS) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, found);
  return found;
}

/**
 * The decisions for `caller` under `grants` at `at`, shared by every request whose caller, grants
 * and time the policy cannot tell apart (caller-key.ts, grantKey): a decision depends on nothing
 * else, so the one made for the first such request is the one `decide` would make for each. A
 * record's decision is kept by the facts the field's rule reads of it (its static decision's
 * `needs`), so the ten claims of one person are decided once.
 */
export function decisionsUnder(caller: Caller, grants: readonly Grant[], at: Date): GrantDecisions {
  const key = `${callerKey(caller, at)}\u0002${grants
    .map((grant) => grantKey(grant, at))
    .sort()
    .join('\u0002')}`;
  const { statics, onFacts, bases } = keptFor(key);
  const statically = (field: FieldName): StaticDecision => {
    let decision = statics.get(field);
    if (!decision) statics.set(field, (decision = decideStatically({ caller, grants, field, at })));
    return decision;
  };
  return {
    grants,
    key,
    statically,
    decide(field, facts) {
      const known = statically(field);
      if (known.kind === 'DENY') return { allow: false, reason: known.reason };
      if (known.kind === 'ALLOW') return { allow: true };
      const factsKey = `${field}\u0001${known.needs.map((fact) => factText(facts[fact])).join('\u0001')}`;
      let decision = onFacts.get(factsKey);
      if (!decision) {
        if (onFacts.size >= KEPT_PER_SET) onFacts.clear();
        onFacts.set(factsKey, (decision = decide({ caller, grants, field, facts, at })));
      }
      return decision;
    },
    basisOf(field, facts) {
      // The basis reads of the record only whose it is (basis-of.ts).
      const basisKey = `${field}\u0001${factText(facts.personId)}`;
      let basis = bases.get(basisKey);
      if (basis === undefined) {
        if (bases.size >= KEPT_PER_SET) bases.clear();
        bases.set(basisKey, (basis = basisOfAllowed({ caller, grants, field, facts, at })));
      }
      return basis;
    },
  };
}
