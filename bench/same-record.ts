import { isDeepStrictEqual } from 'node:util';
import { Target } from './modes';

async function recordOf(target: Target, id: string): Promise<unknown> {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: target.bodyFor(id) });
  const body = (await response.json()) as { data?: { person?: unknown }; errors?: unknown };
  if (!response.ok || body.errors || !body.data?.person) throw new Error(`no record for ${id} (HTTP ${response.status}): ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.person;
}

/** Fails unless every target gives the same record as the first for each of the persons. */
export async function checkSameRecords(targets: ReadonlyArray<{ name: string; target: Target }>, persons: readonly string[]): Promise<void> {
  const [first, ...others] = targets;
  if (!first) return;
  for (const id of persons) {
    const expected = await recordOf(first.target, id);
    for (const other of others) {
      if (!isDeepStrictEqual(await recordOf(other.target, id), expected)) throw new Error(`${other.name} and ${first.name} give different records for ${id}`);
    }
  }
}
