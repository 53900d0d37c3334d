import { IncomingHeaders } from '../../../common/src/access/signed-context';
import { AccessLedger } from '../../../common/src/audit/access-ledger';
import { ACCESS_REPORT_EXTENSION, ACCESS_REPORT_HEADER, ACCESS_REPORT_REQUESTED, accessReportOf } from '../../../common/src/audit/access-report';
import { SubgraphContext } from './context';

/** The request's context with an access ledger when the gateway asks for the access report (it does while its access log is on). */
export function withAccessLedger(context: SubgraphContext, headers: IncomingHeaders): SubgraphContext {
  return headers[ACCESS_REPORT_HEADER] === ACCESS_REPORT_REQUESTED ? { ...context, accessLedger: new AccessLedger() } : context;
}

/** The response's extensions with the access report of the request added, when it keeps a ledger and reached someone. */
export function withAccessReport(extensions: Record<string, unknown> | undefined, context: SubgraphContext): Record<string, unknown> | undefined {
  const ledger = context.accessLedger;
  if (ledger === null || ledger.size === 0) return extensions;
  return { ...extensions, [ACCESS_REPORT_EXTENSION]: accessReportOf(ledger) };
}
