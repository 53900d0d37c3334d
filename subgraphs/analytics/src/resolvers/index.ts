import { Resolvers } from '../generated/resolvers';
import { emergencyAndDisasterAccesses } from './accesses';
import { checkupResults, healthScoring } from './checkups';
import { consentRates } from './consents';
import { duplicateMedicationFindings } from './dispensings';
import { operatingCosts, subsidyEstimate, subsidyRules } from './published';
import { rollout } from './rollout';
import { analyticsStatus } from './status';

/** The analytics subgraph's resolvers: every answer is a plain object read whole (aggregates are small). */
export function analyticsResolvers(today?: () => string): Resolvers {
  return {
    Query: {
      rollout,
      subsidyEstimate: subsidyEstimate(today),
      subsidyRules,
      operatingCosts,
      analyticsStatus,
      checkupResults,
      healthScoring,
      consentRates,
      duplicateMedicationFindings,
      emergencyAndDisasterAccesses,
    },
  };
}
