import { ChainedAccessEvent } from '../../../common/src/audit/access-event';
import { Connection } from '../../common/src/pagination';

/**
 * The shapes resolvers receive (codegen mappers): an access event as stored, read either as the
 * person's history entry or as the auditor's event.
 */
export type AccessEventModel = ChainedAccessEvent;
export type AccessEventConnectionModel = Connection<AccessEventModel>;
/** The access log's namespace object: it has no data of its own. */
export type AccessLogModel = Record<string, never>;
export interface PersonReference {
  readonly id: string;
}
export interface InstitutionReference {
  readonly code: string;
}
