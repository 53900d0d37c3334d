import { ConsentStatusResolvers, GrantResolvers, MutationResolvers, Resolvers } from '../generated/resolvers';
import { institutionByCode } from '../institution-loaders';
import { personById } from '../person-loaders';
import { found } from '../resolvers/found';
import { Consents } from './consents';
import { assertMayReadConsents, assertOwnInstitution, assertOwnTerminal } from './institution-caller';

const instant = (time: Date | null): string | null => (time === null ? null : time.toISOString());

const Grant: GrantResolvers = {
  person: async (grant, _, context) => found(await personById(context).load(grant.personId), `The person of grant ${grant.id}`),
  institution: (grant, _, context) => (grant.institutionCode === null ? null : institutionByCode(context).load(grant.institutionCode)),
  grantedAt: (grant) => instant(grant.grantedAt),
  expiresAt: (grant) => instant(grant.expiresAt),
  revokedAt: (grant) => instant(grant.revokedAt),
};

const ConsentStatus: ConsentStatusResolvers = {
  givenAt: (status) => instant(status.givenAt),
  expiresAt: (status) => instant(status.expiresAt),
};

const mutations = (consents: Consents): MutationResolvers => ({
  recordConsent: (_, { input }, context) =>
    consents.record(input, (report) => assertOwnTerminal(context.access, report.institutionCode, report.terminalId)),
  revokeConsent: (_, { grantId, institutionCode }, context) =>
    consents.revoke(grantId, institutionCode, () => assertOwnInstitution(context.access, institutionCode)),
});

/** The subgraph's resolvers with consent added: recorded and revoked by mutation, read by query and in every eligibility answer. */
export function withConsentResolvers(resolvers: Resolvers, consents: Consents): Resolvers {
  return {
    ...resolvers,
    Query: {
      ...resolvers.Query,
      consents: (_, { personId, institutionCode }, context) =>
        consents.statuses(personId, institutionCode, () => assertMayReadConsents(context.access, personId, institutionCode)),
    },
    Mutation: mutations(consents),
    EligibilityResult: {
      ...resolvers.EligibilityResult,
      // The answer carries the consent given to the checking institution: the caller's own, never another's.
      consent: (result, _, context) => {
        if (result.institutionCode !== null) assertOwnInstitution(context.access, result.institutionCode);
        return consents.statusesAt(result.personId, result.institutionCode);
      },
    },
    Grant,
    ConsentStatus,
  };
}
