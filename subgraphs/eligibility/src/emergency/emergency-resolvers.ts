import { DISASTER_NOTICE } from '../../../../common/src/access/access-notices';
import { todayInJapan } from '../../../../common/src/japan-calendar';
import { Database } from '../../../common/src/database';
import { emergencySummaryOf } from '../../../common/src/emergency-summary';
import { Resolvers } from '../generated/resolvers';
import { institutionByCode } from '../institution-loaders';
import { personById } from '../person-loaders';
import { found } from '../resolvers/found';
import { declarationOf } from '../disasters/declaration-input';
import { disasterById, listDisasters, regionInForce, regionsByDisaster } from '../disasters/disaster-loaders';
import { Declarations } from '../disasters/declarations';
import { assertOperator } from '../internal-caller';
import { disasterAuthorityByStaff, emergencyIdsByStaff, staffById } from '../registries/registry-loaders';
import { grantDisasterAuthority, revokeDisasterAuthority } from '../registries/disaster-authorities';
import { issueEmergencyId, revokeEmergencyId } from '../registries/emergency-ids';
import { registerEmergencyTerminal, retireTerminal } from '../registries/terminals';
import { EmergencyAccesses } from './accesses';
import { reportEhrRegistration } from './ehr-registrations';
import { AccessOpenerOptions } from './open-access';

const instant = (time: Date | null | undefined): string | null => (time == null ? null : time.toISOString());

export interface EmergencyDependencies extends AccessOpenerOptions {
  readonly db: Database;
}

/**
 * The subgraph's resolvers with emergency and disaster access added (DOMAIN.md §3, §4.2-§4.4): the
 * operators' registries, the declared disasters, opening the accesses, the EHR registrations
 * institutions report (the auditors' inspection reads them, in the audit subgraph), and the person's emergency summary.
 */
export function withEmergencyResolvers(resolvers: Resolvers, dependencies: EmergencyDependencies): Resolvers {
  const { db, pool, stats, store } = dependencies;
  const accesses = new EmergencyAccesses(dependencies, db);
  const declarations = new Declarations(pool, stats, store);
  const staffOf = async (staffId: string, context: Parameters<typeof staffById>[0]) => found(await staffById(context).load(staffId), `Staff ${staffId}`);
  return {
    ...resolvers,
    Query: {
      ...resolvers.Query,
      disasters: (_, { all }, context) => listDisasters(context, all ?? false, context.at),
    },
    Mutation: {
      ...resolvers.Mutation,
      openEmergencyAccessWithCard: (_, { input }, context) => accesses.withCard(input, context.access, context.at),
      openEmergencyAccessWithoutCard: (_, { input }, context) => accesses.withoutCard(input, context.access, context.at),
      openDisasterAccess: (_, { input }, context) => accesses.disaster(input, context.access, context.at),
      reportEhrRegistration: (_, { input }, context) => reportEhrRegistration(context.db, context.access, input, context.at),
      registerEmergencyTerminal: (_, { input }, context) => {
        assertOperator(context.access);
        return registerEmergencyTerminal(pool, stats, input, context.at);
      },
      retireTerminal: (_, { institutionCode, terminalId }, context) => {
        assertOperator(context.access);
        return retireTerminal(context.db, institutionCode, terminalId, context.at);
      },
      issueEmergencyId: (_, { institutionCode, staffLoginId }, context) => {
        assertOperator(context.access);
        return issueEmergencyId(pool, stats, institutionCode, staffLoginId, context.at);
      },
      revokeEmergencyId: (_, { emergencyId }, context) => {
        assertOperator(context.access);
        return revokeEmergencyId(context.db, emergencyId, context.at);
      },
      grantDisasterAuthority: (_, { institutionCode, staffLoginId }, context) => {
        assertOperator(context.access);
        return grantDisasterAuthority(pool, stats, institutionCode, staffLoginId, context.at);
      },
      revokeDisasterAuthority: (_, { institutionCode, staffLoginId }, context) => {
        assertOperator(context.access);
        return revokeDisasterAuthority(pool, stats, institutionCode, staffLoginId, context.at);
      },
      declareDisaster: (_, { input }, context) => {
        assertOperator(context.access);
        return declarations.declare(declarationOf(input), context.access.caller.loginId ?? context.access.caller.role, context.at);
      },
      extendDisasterRegion: (_, { disasterId, municipalityCode, endsOn }, context) => {
        assertOperator(context.access);
        return declarations.extend(disasterId, municipalityCode, endsOn, context.at);
      },
      closeDisasterRegion: (_, { disasterId, municipalityCode }, context) => {
        assertOperator(context.access);
        return declarations.close(disasterId, municipalityCode, context.at);
      },
    },
    Person: {
      ...resolvers.Person,
      emergencySummary: (person) => ({ personId: person.id }),
    },
    EmergencySummary: {
      __resolveReference: (reference) => emergencySummaryOf(reference),
      asOf: (_summary, _, context) => todayInJapan(context.at),
    },
    Terminal: {
      retiredAt: (terminal) => instant(terminal.retiredAt),
    },
    Staff: {
      ...resolvers.Staff,
      emergencyIds: (staff, _, context) => emergencyIdsByStaff(context).load(staff.id),
      disasterAuthority: (staff, _, context) => disasterAuthorityByStaff(context).load(staff.id),
    },
    EmergencyId: {
      staff: (emergencyId, _, context) => staffOf(emergencyId.staffId, context),
      issuedAt: (emergencyId) => instant(emergencyId.issuedAt),
      revokedAt: (emergencyId) => instant(emergencyId.revokedAt),
    },
    DisasterAuthority: {
      staff: (authority, _, context) => staffOf(authority.staffId, context),
      grantedAt: (authority) => instant(authority.grantedAt),
      revokedAt: (authority) => instant(authority.revokedAt),
    },
    Disaster: {
      declaredAt: (disaster) => instant(disaster.declaredAt),
      regions: (disaster, _, context) => regionsByDisaster(context).load(disaster.id),
    },
    DisasterRegion: {
      startsAt: (region) => instant(region.startsAt),
      endsAt: (region) => instant(region.endsAt),
      closedAt: (region) => instant(region.closedAt),
      inForce: (region, _, context) => regionInForce(region, context.at),
    },
    Grant: {
      ...resolvers.Grant,
      disaster: (grant, _, context) => (grant.disasterId === null ? null : disasterById(context).load(grant.disasterId)),
    },
    Viewer: {
      institution: async (viewer, _, context) => found(await institutionByCode(context).load(viewer.institutionCode), `Institution ${viewer.institutionCode}`),
    },
    EmergencyAccess: {
      person: async (access, _, context) => found(await personById(context).load(access.personId), `The person of grant ${access.grant.id}`),
    },
    DisasterAccess: {
      person: async (access, _, context) => found(await personById(context).load(access.personId), `The person of grant ${access.grant.id}`),
      disaster: async (access, _, context) => found(await disasterById(context).load(access.disasterId), `Disaster ${access.disasterId}`),
      notice: () => DISASTER_NOTICE,
    },
    EhrRegistration: {
      person: async (registration, _, context) => found(await personById(context).load(registration.personId), `Person ${registration.personId}`),
      institution: (registration, _, context) => institutionByCode(context).load(registration.institutionCode),
      registeredAt: (registration) => instant(registration.registeredAt),
      reportedAt: (registration) => instant(registration.reportedAt),
    },
  };
}
