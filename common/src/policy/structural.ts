import { FieldName } from './types';

interface StructuralFields {
  /** Every field of these types. */
  readonly rootTypes: readonly string[];
  /** Fields of this name on any type. */
  readonly fieldNames: readonly string[];
  readonly entityKeys: readonly FieldName[];
  /** These fields of these types. */
  readonly types: Readonly<Record<string, readonly string[]>>;
  /** These fields of any type whose name ends so. */
  readonly typeSuffixes: Readonly<Record<string, readonly string[]>>;
}

/**
 * Fields that carry no data of their own, so no rule: root query fields (what they return is
 * decided field by field), opaque ids, the public codes that key entities, and connection
 * plumbing (the connection field itself has a rule). Every other field needs one.
 */
export const STRUCTURAL_FIELDS: StructuralFields = {
  rootTypes: ['Query', 'Mutation'],
  fieldNames: ['id'],
  entityKeys: ['Institution.code', 'Insurer.number', 'Drug.code', 'EmergencySummary.personId'],
  // _Service: Federation's own, the subgraph's SDL.
  types: { PageInfo: ['hasNextPage', 'endCursor'], _Service: ['sdl'] },
  typeSuffixes: { Connection: ['edges', 'nodes', 'pageInfo', 'totalCount'], Edge: ['cursor', 'node'] },
};

/** The answer for each field asked: the fields are the schema's, so few, and each is asked of every request. */
const answered = new Map<FieldName, boolean>();

export function isStructuralField(field: FieldName): boolean {
  let structural = answered.get(field);
  if (structural === undefined) answered.set(field, (structural = isStructural(field)));
  return structural;
}

function isStructural(field: FieldName): boolean {
  const [type = '', name = ''] = field.split('.');
  const { rootTypes, fieldNames, entityKeys, types, typeSuffixes } = STRUCTURAL_FIELDS;
  return (
    rootTypes.includes(type) ||
    fieldNames.includes(name) ||
    entityKeys.includes(field) ||
    (types[type]?.includes(name) ?? false) ||
    Object.entries(typeSuffixes).some(([suffix, names]) => type.endsWith(suffix) && type !== suffix && names.includes(name))
  );
}
