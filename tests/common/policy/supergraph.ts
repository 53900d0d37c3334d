import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, isObjectType, Kind, parse } from 'graphql';
import { FIELD_POLICY_KEYS, isStructuralField } from '../../../common/src/policy';

export const committedSupergraph = (): string => readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

export interface SupergraphField {
  /** `Type.field` */
  readonly name: string;
  /** The key its `@accessPolicy` gives, if it has one. */
  readonly policyKey: string | undefined;
}

/** Every field of every object type of a supergraph, with its access-policy key. */
export function supergraphFields(sdl: string = committedSupergraph()): SupergraphField[] {
  const schema = buildASTSchema(parse(sdl), { assumeValid: true });
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields()).map((field) => {
        const directive = field.astNode?.directives?.find((d) => d.name.value === 'accessPolicy');
        const key = directive?.arguments?.find((a) => a.name.value === 'key')?.value;
        return { name: `${type.name}.${field.name}`, policyKey: key?.kind === Kind.STRING ? key.value : undefined };
      }),
    );
}

/** The fields that have neither a rule nor a structural exemption: each one fails the build. */
export const fieldsWithoutPolicy = (sdl?: string): string[] =>
  supergraphFields(sdl)
    .map((field) => field.name)
    .filter((name) => !FIELD_POLICY_KEYS.has(name) && !isStructuralField(name));

export const fieldsOf = (type: string): string[] =>
  supergraphFields()
    .filter((field) => field.name.startsWith(`${type}.`))
    .map((field) => field.name.slice(type.length + 1));
