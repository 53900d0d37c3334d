import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (this file is at subgraphs/common/src/). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** Reads a subgraph's SDL from `schema/<name>.graphql`, the source of truth. */
export function readSchema(name: string): string {
  return readFileSync(join(REPO_ROOT, 'schema', `${name}.graphql`), 'utf8');
}
