import { TestStack } from './stack';

/** Of `requestIds`, those with no event in the access log (audit.access_events), in the order given. */
export async function requestsWithoutEvents(t: TestStack, requestIds: readonly string[]): Promise<string[]> {
  const logged = new Set(
    (await t.sql<{ request_id: string }>('SELECT DISTINCT request_id FROM audit.access_events WHERE request_id = ANY($1::text[])', [requestIds])).map((r) => r.request_id),
  );
  return requestIds.filter((requestId) => !logged.has(requestId));
}
