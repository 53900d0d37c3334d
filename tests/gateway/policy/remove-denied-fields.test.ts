import { buildASTSchema, parse, print, validate } from 'graphql';
import { decideStatically, DenyReason } from '../../../common/src/policy';
import { DeniedField } from '../../../gateway/src/policy/denied-field';
import { OperationTooLargeError, removeDeniedFields } from '../../../gateway/src/policy/remove-denied-fields';
import { clerk, NOW } from '../../common/policy/fixtures';
import { committedSupergraph } from '../../common/policy/supergraph';
import { deepFreeze, schema, tableDecider } from './test-schema';

const DENIED: Readonly<Record<string, DenyReason>> = {
  'Person.secret': 'CONSENT_REQUIRED',
  'Diagnosis.name': 'NOT_NOTIFIED',
  'Dispensing.pharmacy': 'PATIENT_ONLY',
  'Dispensing.note': 'PATIENT_ONLY',
};

/** A denied field as the tables state it: dotted path, `Type.field`, reason, and the types its parent must have where that is not known from the schema. */
type Denial = readonly [path: string, field: string, reason: DenyReason, onTypes?: readonly string[]];

const asDenial = (denied: DeniedField): Denial => {
  const onTypes = denied.steps[denied.steps.length - 1]?.onTypes;
  const base = [denied.path.join('.'), `${denied.typeName}.${denied.fieldName}`, denied.reason] as const;
  return onTypes ? [...base, onTypes] : base;
};

interface Case {
  readonly query: string;
  readonly expected: string;
  readonly denied: readonly Denial[];
  readonly table?: Readonly<Record<string, DenyReason>>;
  readonly operationName?: string;
  readonly variables?: Record<string, unknown>;
  readonly onRecord?: readonly string[];
}

const CASES: Record<string, Case> = {
  'nothing denied: the operation is unchanged': {
    query: '{ person(id: "1") { id name } }',
    expected: '{ person(id: "1") { id name } }',
    denied: [],
  },
  'a denied field is taken out, its siblings stay': {
    query: '{ person(id: "1") { id name secret } }',
    expected: '{ person(id: "1") { id name } }',
    denied: [['person.secret', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'aliases: the path is made of response keys': {
    query: '{ p: person(id: "1") { n: name hidden: secret } }',
    expected: '{ p: person(id: "1") { n: name } }',
    denied: [['p.hidden', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'nested lists and connections': {
    query: '{ people { claims(first: 2) { totalCount nodes { month diagnoses { code name } } } } }',
    expected: '{ people { claims(first: 2) { totalCount nodes { month diagnoses { code } } } } }',
    denied: [['people.claims.nodes.diagnoses.name', 'Diagnosis.name', 'NOT_NOTIFIED']],
  },
  'a named fragment spread in two places is inlined at each, with its own path': {
    query: 'query { person(id: "1") { ...Basics } people { ...Basics diagnoses { code } } } fragment Basics on Person { name secret }',
    expected: '{ person(id: "1") { ... on Person { name } } people { ... on Person { name } diagnoses { code } } }',
    denied: [
      ['person.secret', 'Person.secret', 'CONSENT_REQUIRED'],
      ['people.secret', 'Person.secret', 'CONSENT_REQUIRED'],
    ],
  },
  'a fragment that loses every field disappears': {
    query: 'query { person(id: "1") { id ...Hidden } } fragment Hidden on Person { secret }',
    expected: '{ person(id: "1") { id } }',
    denied: [['person.secret', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'inline fragments on an interface: each type loses its own fields, and __typename tells the types apart': {
    query: '{ entries { id ... on Diagnosis { code name } ... on Dispensing { drugName pharmacy } } }',
    expected: '{ entries { id ... on Diagnosis { code } ... on Dispensing { drugName } _policyTypename: __typename } }',
    denied: [
      ['entries.name', 'Diagnosis.name', 'NOT_NOTIFIED', ['Diagnosis']],
      ['entries.pharmacy', 'Dispensing.pharmacy', 'PATIENT_ONLY', ['Dispensing']],
    ],
  },
  'a field selected on an interface is kept for the types that allow it only': {
    query: '{ entries { id note } }',
    expected: '{ entries { id ... on Diagnosis { note } _policyTypename: __typename } }',
    denied: [['entries.note', 'Dispensing.note', 'PATIENT_ONLY', ['Dispensing']]],
  },
  'fragments on a union': {
    query: '{ search(text: "a") { ... on Person { name secret } ... on Diagnosis { code name } } }',
    expected: '{ search(text: "a") { ... on Person { name } ... on Diagnosis { code } _policyTypename: __typename } }',
    denied: [
      ['search.secret', 'Person.secret', 'CONSENT_REQUIRED', ['Person']],
      ['search.name', 'Diagnosis.name', 'NOT_NOTIFIED', ['Diagnosis']],
    ],
  },
  'a named fragment on an interface, spread inside a list': {
    query: 'query { entries { ...Entry } } fragment Entry on Entry { id note ... on Dispensing { pharmacy } }',
    expected: '{ entries { ... on Entry { id ... on Diagnosis { note } } _policyTypename: __typename } }',
    denied: [
      ['entries.note', 'Dispensing.note', 'PATIENT_ONLY', ['Dispensing']],
      ['entries.pharmacy', 'Dispensing.pharmacy', 'PATIENT_ONLY', ['Dispensing']],
    ],
  },
  '__typename is kept whatever is denied': {
    query: '{ person(id: "1") { __typename secret } }',
    expected: '{ person(id: "1") { __typename } }',
    denied: [['person.secret', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'variables only denied fields used lose their definitions; an emptied selection asks for __typename': {
    query: 'query Record($id: ID!, $limit: Int) { person(id: $id) { diagnoses(limit: $limit) { code } } }',
    expected: 'query Record($id: ID!) { person(id: $id) { _policyTypename: __typename } }',
    table: { 'Person.diagnoses': 'CONSENT_REQUIRED' },
    variables: { id: '1', limit: 3 },
    denied: [['person.diagnoses', 'Person.diagnoses', 'CONSENT_REQUIRED']],
  },
  'every root field denied: the operation asks for __typename only': {
    query: '{ person(id: "1") { name } }',
    expected: '{ _policyTypename: __typename }',
    table: { 'Query.person': 'NO_POLICY' },
    denied: [['person', 'Query.person', 'NO_POLICY']],
  },
  'a mutation field denied is not sent': {
    query: 'mutation { consent(personId: "1") }',
    expected: 'mutation { _policyTypename: __typename }',
    table: { 'Mutation.consent': 'ROLE_NOT_PERMITTED' },
    denied: [['consent', 'Mutation.consent', 'ROLE_NOT_PERMITTED']],
  },
  'a denied field that @skip leaves out is taken out, with no error to place': {
    query: 'query ($hide: Boolean!) { person(id: "1") { name secret @skip(if: $hide) } }',
    expected: '{ person(id: "1") { name } }',
    variables: { hide: true },
    denied: [],
  },
  'a denied field that @skip keeps is reported': {
    query: 'query ($hide: Boolean!) { person(id: "1") { name secret @skip(if: $hide) } }',
    expected: '{ person(id: "1") { name } }',
    variables: { hide: false },
    denied: [['person.secret', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'a fragment @include leaves out reports nothing': {
    query: 'query { person(id: "1") { name ...Hidden @include(if: false) } } fragment Hidden on Person { secret }',
    expected: '{ person(id: "1") { name } }',
    denied: [],
  },
  'fields decided on the record are kept for the subgraph': {
    query: '{ person(id: "1") { diagnoses { code name } } }',
    expected: '{ person(id: "1") { diagnoses { code name } } }',
    table: {},
    onRecord: ['Diagnosis.name', 'Person.diagnoses'],
    denied: [],
  },
  'a denied field is reported once, not its fields': {
    query: '{ person(id: "1") { name claims { nodes { month diagnoses { name } } } } }',
    expected: '{ person(id: "1") { name } }',
    table: { 'Person.claims': 'QUALIFICATION_REQUIRED', 'Diagnosis.name': 'NOT_NOTIFIED' },
    denied: [['person.claims', 'Person.claims', 'QUALIFICATION_REQUIRED']],
  },
  'the alias for __typename is one the operation does not use': {
    query: '{ _policyTypename: person(id: "1") { secret } }',
    expected: '{ _policyTypename: person(id: "1") { _policyTypename2: __typename } }',
    denied: [['_policyTypename.secret', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'the named operation is rewritten; the others are dropped': {
    query: 'query A { person(id: "1") { secret } } query B { person(id: "2") { name secret } }',
    expected: 'query B { person(id: "2") { name } }',
    operationName: 'B',
    denied: [['person.secret', 'Person.secret', 'CONSENT_REQUIRED']],
  },
  'introspection is kept whole': {
    query: '{ __schema { queryType { name } } __type(name: "Person") { name } }',
    expected: '{ __schema { queryType { name } } __type(name: "Person") { name } }',
    denied: [],
  },
};

describe('removeDeniedFields', () => {
  it.each(Object.entries(CASES))('%s', (_name, c) => {
    const document = deepFreeze(parse(c.query));
    const before = print(document);
    const decideField = tableDecider(c.table ?? DENIED, c.onRecord);
    const removal = removeDeniedFields({ schema, document, operationName: c.operationName, variables: c.variables, decideField });
    expect(print(removal.document)).toBe(print(parse(c.expected)));
    expect(removal.denied.map(asDenial)).toEqual(c.denied);
    expect(validate(schema, removal.document)).toEqual([]);
    expect(print(document)).toBe(before);
  });

  it('asks about each field with its response path, never about __typename or the fields under a denied one', () => {
    const decideField = tableDecider({ 'Person.claims': 'CONSENT_REQUIRED' });
    removeDeniedFields({ schema, document: parse('{ p: person(id: "1") { __typename n: name claims { nodes { month } } } }'), decideField });
    expect(decideField.asked).toEqual(['Query.person@p', 'Person.name@p.n', 'Person.claims@p.claims']);
  });

  it('records whether each step of the path may be null, list level by list level', () => {
    const removal = removeDeniedFields({ schema, document: parse('{ people { claims { nodes { diagnoses { name } } } } }'), decideField: tableDecider(DENIED) });
    expect(removal.denied[0]?.steps.map((step) => [step.key, step.nullable])).toEqual([
      ['people', [false, false]],
      ['claims', [true]],
      ['nodes', [false, false]],
      ['diagnoses', [false, false]],
      ['name', [true]],
    ]);
  });

  it('says which alias it added for __typename, and none when it added none', () => {
    const decideField = tableDecider(DENIED);
    expect(removeDeniedFields({ schema, document: parse('{ entries { note } }'), decideField }).typenameAlias).toBe('_policyTypename');
    expect(removeDeniedFields({ schema, document: parse('{ person(id: "1") { name secret } }'), decideField }).typenameAlias).toBeUndefined();
  });

  it('says the operation is unchanged only when no field was taken out, even one @skip leaves out of the response', () => {
    const decideField = tableDecider(DENIED);
    expect(removeDeniedFields({ schema, document: parse('{ person(id: "1") { name } }'), decideField }).unchanged).toBe(true);
    expect(removeDeniedFields({ schema, document: parse('{ person(id: "1") { name secret } }'), decideField }).unchanged).toBe(false);
    const skipped = removeDeniedFields({ schema, document: parse('{ person(id: "1") { name secret @skip(if: true) } }'), decideField });
    expect([skipped.denied, skipped.unchanged]).toEqual([[], false]);
  });

  it('refuses an operation whose fragments expand past the limit', () => {
    const bomb = parse(`
      query { people { ...F3 } }
      fragment F3 on Person { ...F2 claims { nodes { id } } ...F2 }
      fragment F2 on Person { ...F1 ...F1 }
      fragment F1 on Person { id name secret birthDate }
    `);
    expect(() => removeDeniedFields({ schema, document: bomb, decideField: tableDecider(DENIED), maxFields: 10 })).toThrow(OperationTooLargeError);
    expect(removeDeniedFields({ schema, document: bomb, decideField: tableDecider(DENIED), maxFields: 100 }).denied).toHaveLength(1);
  });

  it('a clerk asking for the IDE example gets eligibility only, and the result validates against the supergraph', () => {
    const supergraph = buildASTSchema(parse(committedSupergraph()), { assumeValid: true });
    const document = parse(`
      query PersonRecord($id: ID!, $claims: Int) {
        person(id: $id) {
          name { kanji kana }
          birthDate
          currentQualification { insurer { name type } benefitRatio }
          claims(first: $claims) { totalCount nodes { treatmentMonth diagnoses { name } } }
          medications(first: 5) { nodes { dispensedOn drugName } }
        }
      }
    `);
    const removal = removeDeniedFields({ schema: supergraph, document, decideField: (type, field) => decideStatically({ caller: clerk, grants: [], field: `${type}.${field}`, at: NOW }) });
    expect(print(removal.document)).toBe(
      print(parse('query PersonRecord($id: ID!) { person(id: $id) { name { kanji kana } birthDate currentQualification { insurer { name type } benefitRatio } } }')),
    );
    expect(removal.denied.map(asDenial)).toEqual([
      ['person.claims', 'Person.claims', 'QUALIFICATION_REQUIRED'],
      ['person.medications', 'Person.medications', 'QUALIFICATION_REQUIRED'],
    ]);
    expect(validate(supergraph, removal.document)).toEqual([]);
  });
});
