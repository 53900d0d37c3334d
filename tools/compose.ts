import { composeServices } from '@apollo/composition';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { SUBGRAPH_MODULES } from './subgraph-modules';

/**
 * Composes schema/*.graphql into schema/supergraph.graphql with @apollo/composition.
 * `--check` writes nothing and fails when the committed supergraph is stale; a composition
 * error always fails.
 */

const root = join(__dirname, '..');
const target = join(root, 'schema', 'supergraph.graphql');

const readSubgraphSdl = (name: string): string => readFileSync(join(root, 'schema', `${name}.graphql`), 'utf8');

export function composeSupergraph(readSdl: (name: string) => string = readSubgraphSdl): string {
  const result = composeServices(
    SUBGRAPH_MODULES.map(({ name, defaultPort }) => ({ name, url: `http://127.0.0.1:${defaultPort}/graphql`, typeDefs: parse(readSdl(name)) })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

function main(): void {
  const check = process.argv.includes('--check');
  const sdl = composeSupergraph();
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== sdl) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit it.');
      process.exit(1);
    }
    console.log('supergraph is up to date');
    return;
  }
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
