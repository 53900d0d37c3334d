import { DocumentNode, Kind, print, visit } from 'graphql';
import { createHash } from 'node:crypto';
import { FieldRemoval } from './denied-field';
import { RemovalInput, removeDeniedFields } from './remove-denied-fields';

/** A removal, with the hash its rewritten document is planned under (none when unchanged). */
export interface KeptRemoval {
  readonly removal: FieldRemoval;
  readonly queryHash: string | undefined;
}

export interface RemovalCacheOptions {
  /** The most removals kept for one document; the oldest are forgotten first. Default 1,000. */
  readonly perDocument?: number;
}

/** The variables `@skip` and `@include` read in a document: of the variables, a removal depends on these alone. */
function readByInclusion(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
      for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}

function kept(removal: FieldRemoval): KeptRemoval {
  return { removal, queryHash: removal.unchanged ? undefined : createHash('sha256').update(print(removal.document)).digest('hex') };
}

/**
 * The removals made, kept by the document they were made from (Apollo Server hands the same
 * document for the same text), the operation, the values of the variables `@skip`/`@include` read
 * and the decider's key: a removal depends on nothing else, and deciders with one key decide
 * every field alike. A request like one before it is neither walked nor decided again.
 */
export class RemovalCache {
  private readonly byDocument = new WeakMap<DocumentNode, { readonly variables: readonly string[]; readonly removals: Map<string, KeptRemoval> }>();

  private readonly perDocument: number;

  constructor(options: RemovalCacheOptions = {}) {
    this.perDocument = options.perDocument ?? 1000;
  }

  /** The removal `removeDeniedFields` makes of the input, kept under `deciderKey`; made afresh when the decider has no key. */
  removal(input: RemovalInput, deciderKey: string | undefined): KeptRemoval {
    if (deciderKey === undefined) return kept(removeDeniedFields(input));
    let forDocument = this.byDocument.get(input.document);
    if (!forDocument) this.byDocument.set(input.document, (forDocument = { variables: readByInclusion(input.document), removals: new Map() }));
    const variables = input.variables ?? {};
    const key = JSON.stringify([input.operationName ?? null, forDocument.variables.map((name) => variables[name] ?? null), deciderKey]);
    const found = forDocument.removals.get(key);
    if (found) return found;
    const made = kept(removeDeniedFields(input));
    if (forDocument.removals.size >= this.perDocument) forDocument.removals.delete(forDocument.removals.keys().next().value!);
    forDocument.removals.set(key, made);
    return made;
  }
}
