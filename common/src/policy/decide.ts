import { evaluate } from './evaluate';
import { DecideInput, Decision } from './types';

/**
 * Whether `caller` may see `field` of the record described by `facts`, at `at`, under `grants`:
 * the rules of the policy version in force then. Denied unless a rule allows it.
 */
export function decide({ caller, grants, field, facts, at }: DecideInput): Decision {
  const verdict = evaluate({ caller, grants, field, at });
  if ('deny' in verdict) return { allow: false, reason: verdict.deny };
  for (const check of verdict.checks) {
    const reason = check.verdict(facts);
    if (reason !== null) return { allow: false, reason };
  }
  return { allow: true };
}
