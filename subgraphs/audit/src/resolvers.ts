import { isDisaster, isEmergency } from '../../../common/src/audit/access-event';
import { toFhirAuditEvent } from '../../../common/src/audit/fhir-audit-event';
import { decidedFields } from '../../../common/src/audit/field-decisions';
import { forbidden } from '../../../common/src/errors';
import { Database } from '../../common/src/database';
import { connectionOf, pageOf } from '../../common/src/pagination';
import { countEvents, selectEvents } from './event-queries';
import { eventFilterOf } from './filter';
import { Resolvers } from './generated/resolvers';
import { emergencyInspection } from './inspection';
import { eventCursorKey, historyOf } from './loaders';
import { AccessEventModel, InstitutionReference } from './models';

/** Page cursors are the time (ISO instant) and the id of the last event. */
const CURSOR_ARITY = 2;

const institutionOf = (event: AccessEventModel): InstitutionReference | null => (event.institutionCode === null ? null : { code: event.institutionCode });

/**
 * Resolvers of the audit subgraph over the stored events: the person's history, the auditors'
 * search, and the auditors' inspection of emergency access without a card, which reads the EHR
 * registrations and the staff from eligibility's schema through `registry`.
 */
export const auditResolvers = (registry: Database): Resolvers => ({
  Query: {
    accessLog: () => ({}),
    emergencyInspection: (_, { from, to }, ctx) => {
      // The auditors' alone (DOMAIN.md §6): anyone else is refused before anything is read.
      if (ctx.access.caller.role !== 'AUDITOR') throw forbidden('ROLE_NOT_PERMITTED');
      return emergencyInspection(ctx.db, registry, from, to);
    },
  },
  EmergencyInspection: {
    accessCount: (inspection) => inspection.accesses.length,
    unregistered: (inspection) => inspection.accesses.filter((access) => !access.registered),
  },
  InspectedAccess: {
    accessedAt: (access) => access.accessedAt.toISOString(),
    institution: (access) => (access.institutionCode === null ? null : { code: access.institutionCode }),
  },
  AccessLog: {
    events: async (_log, args, ctx) => {
      const filter = eventFilterOf(args.filter);
      const page = pageOf(args, CURSOR_ARITY);
      const events = await selectEvents(ctx.db, filter, page);
      return connectionOf(events, page, eventCursorKey, () => countEvents(ctx.db, filter));
    },
  },
  Person: {
    accessHistory: (person, args, ctx) => historyOf(ctx, pageOf(args, CURSOR_ARITY)).load(person.id.toLowerCase()),
  },
  AccessHistoryEntry: {
    accessedAt: (event) => event.recordedAt.toISOString(),
    institution: institutionOf,
    accessorRole: (event) => event.role,
    emergency: (event) => isEmergency(event.basis),
    disaster: (event) => isDisaster(event.basis),
  },
  AccessEvent: {
    recordedAt: (event) => event.recordedAt.toISOString(),
    institution: institutionOf,
    emergency: (event) => isEmergency(event.basis),
    disaster: (event) => isDisaster(event.basis),
    fields: (event) => decidedFields(event.fields),
    sequence: (event) => event.sequence,
    fhirAuditEvent: (event) => JSON.stringify(toFhirAuditEvent(event)),
  },
});
