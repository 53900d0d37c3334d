import { DocumentNode, FieldNode, Kind, visit } from 'graphql';

const BASE_ALIAS = '_policyTypename';

/** An alias for `__typename` that no field of `document` uses as its response key. */
export function unusedTypenameAlias(document: DocumentNode): string {
  const keys = new Set<string>();
  visit(document, {
    Field: (node) => {
      keys.add(node.alias?.value ?? node.name.value);
    },
  });
  let alias = BASE_ALIAS;
  for (let suffix = 2; keys.has(alias); suffix += 1) alias = `${BASE_ALIAS}${suffix}`;
  return alias;
}

export const aliasedTypename = (alias: string): FieldNode => ({
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: alias },
  name: { kind: Kind.NAME, value: '__typename' },
});
