import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';

/**
 * Reads a composed supergraph and checks that it is one (a file that does not parse, or
 * lacks the join directives, stops the gateway at start rather than at the first query).
 */
export function readSupergraph(path: string): { sdl: string; subgraphNames: string[] } {
  const sdl = readFileSync(path, 'utf8');
  const supergraph = Supergraph.build(sdl);
  return { sdl, subgraphNames: [...supergraph.subgraphs().names()] };
}
