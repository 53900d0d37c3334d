import { buildSchema } from 'graphql';
import { DenyReason, StaticDecision } from '../../../common/src/policy';
import { FieldDecider } from '../../../gateway/src/policy/field-decider';

/** A small schema with the shapes the transform must handle: lists, connections, an interface, a union, non-null fields. */
export const schema = buildSchema(/* GraphQL */ `
  interface Entry {
    id: ID!
    note: String
  }

  type Query {
    person(id: ID!): Person
    people: [Person!]!
    entries: [Entry!]!
    search(text: String!): [SearchResult!]!
  }

  type Mutation {
    consent(personId: ID!): Boolean
  }

  type Person {
    id: ID!
    name: String
    secret: String
    birthDate: String!
    diagnoses(limit: Int): [Diagnosis!]
    claims(first: Int): ClaimConnection
  }

  type ClaimConnection {
    totalCount: Int!
    nodes: [Claim!]!
  }

  type Claim {
    id: ID!
    month: String
    diagnoses: [Diagnosis!]!
  }

  type Diagnosis implements Entry {
    id: ID!
    note: String
    code: String
    name: String
  }

  type Dispensing implements Entry {
    id: ID!
    note: String
    drugName: String
    pharmacy: String
  }

  union SearchResult = Person | Diagnosis
`);

/** Denies the listed `Type.field`s with their reasons, allows the rest, and records what it was asked. */
export function tableDecider(denied: Readonly<Record<string, DenyReason>>, onRecord: readonly string[] = []): FieldDecider & { asked: string[] } {
  const asked: string[] = [];
  const decide = (typeName: string, fieldName: string, path: readonly string[]): StaticDecision => {
    const field = `${typeName}.${fieldName}`;
    asked.push(`${field}@${path.join('.')}`);
    const reason = denied[field];
    if (reason) return { kind: 'DENY', reason };
    return onRecord.includes(field) ? { kind: 'ON_RECORD', needs: ['personId'] } : { kind: 'ALLOW' };
  };
  return Object.assign(decide, { asked });
}

/** Freezes an AST (or any plain value) all the way down, so a test fails if it is changed. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
