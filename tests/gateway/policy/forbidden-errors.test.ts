import { execute, parse } from 'graphql';
import { DenyReason } from '../../../common/src/policy';
import { DeniedField } from '../../../gateway/src/policy/denied-field';
import { placeForbiddenErrors } from '../../../gateway/src/policy/forbidden-errors';
import { removeDeniedFields } from '../../../gateway/src/policy/remove-denied-fields';
import { deepFreeze, schema, tableDecider } from './test-schema';

const DENIED: Readonly<Record<string, DenyReason>> = {
  'Person.secret': 'CONSENT_REQUIRED',
  'Person.birthDate': 'QUALIFICATION_REQUIRED',
  'Diagnosis.name': 'NOT_NOTIFIED',
  'Dispensing.pharmacy': 'PATIENT_ONLY',
};

const diagnosis = (code: string) => ({ __typename: 'Diagnosis', id: `d-${code}`, code, name: `name of ${code}`, note: null });
const dispensing = (id: string) => ({ __typename: 'Dispensing', id, drugName: `drug ${id}`, pharmacy: 'Pharmacy', note: null });

/** Records standing in for what the subgraphs would return; the executor only returns what the operation asks for. */
const ROOT = {
  person: { __typename: 'Person', id: 'p1', name: 'Sato', secret: 's1', birthDate: '1980-01-01', diagnoses: [diagnosis('A01')], claims: null },
  people: [
    {
      __typename: 'Person',
      id: 'p1',
      name: 'Sato',
      secret: 's1',
      birthDate: '1980-01-01',
      claims: { totalCount: 2, nodes: [{ id: 'c1', month: '2024-05', diagnoses: [diagnosis('A01'), diagnosis('B02')] }, { id: 'c2', month: '2024-06', diagnoses: [] }] },
    },
    { __typename: 'Person', id: 'p2', name: 'Suzuki', secret: 's2', birthDate: '1990-02-02', claims: null },
  ],
  entries: [diagnosis('A01'), dispensing('x1'), diagnosis('C03')],
  search: [{ __typename: 'Person', id: 'p3', name: 'Tanaka', secret: 's3', birthDate: '1970-03-03' }, diagnosis('B02')],
};

/** The operation rewritten, executed, then answered: what a client of the gateway gets. */
function answer(query: string, variables: Record<string, unknown> = {}) {
  const removal = removeDeniedFields({ schema, document: parse(query), variables, decideField: tableDecider(DENIED) });
  const executed = execute({ schema, document: removal.document, rootValue: ROOT, variableValues: variables }) as { data?: Record<string, unknown> | null };
  return placeForbiddenErrors(executed.data, removal);
}

const placed = (response: ReturnType<typeof answer>) => response.errors.map((error) => [error.path, error.extensions?.field, error.extensions?.reason]);

describe('placeForbiddenErrors', () => {
  it('one FORBIDDEN error per list position, at its concrete path, and null in the data', () => {
    const response = answer('{ people { name claims { nodes { month diagnoses { code name } } } } }');
    expect(placed(response)).toEqual([
      [['people', 0, 'claims', 'nodes', 0, 'diagnoses', 0, 'name'], 'Diagnosis.name', 'NOT_NOTIFIED'],
      [['people', 0, 'claims', 'nodes', 0, 'diagnoses', 1, 'name'], 'Diagnosis.name', 'NOT_NOTIFIED'],
    ]);
    expect(response.data).toEqual({
      people: [
        {
          name: 'Sato',
          claims: {
            nodes: [
              { month: '2024-05', diagnoses: [{ code: 'A01', name: null }, { code: 'B02', name: null }] },
              { month: '2024-06', diagnoses: [] },
            ],
          },
        },
        { name: 'Suzuki', claims: null },
      ],
    });
  });

  it('the error is made by the registry: code FORBIDDEN, the reason, the field and its description', () => {
    const [error] = answer('{ person(id: "p1") { name secret } }').errors;
    expect(error).toEqual({
      message: expect.stringMatching(/^Forbidden: .*consent/i),
      path: ['person', 'secret'],
      extensions: { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED', field: 'Person.secret' },
    });
  });

  it('aliases: the error is at the response key the client chose', () => {
    const response = answer('{ first: people { n: name hidden: secret } }');
    expect(placed(response)).toEqual([
      [['first', 0, 'hidden'], 'Person.secret', 'CONSENT_REQUIRED'],
      [['first', 1, 'hidden'], 'Person.secret', 'CONSENT_REQUIRED'],
    ]);
    expect(response.data).toEqual({ first: [{ n: 'Sato', hidden: null }, { n: 'Suzuki', hidden: null }] });
  });

  it('a parent that is null or absent gets no error', () => {
    const response = answer('query ($skip: Boolean!) { person(id: "p1") { claims { nodes { month diagnoses { name } } } } people { claims @skip(if: $skip) { nodes { diagnoses { name } } } } }', {
      skip: true,
    });
    expect(response.errors).toEqual([]);
    expect(response.data).toEqual({ person: { claims: null }, people: [{}, {}] });
  });

  it('under an interface or union, only the objects of the denied type get the error; the added __typename is removed', () => {
    const entries = answer('{ entries { id ... on Diagnosis { name } ... on Dispensing { drugName pharmacy } } }');
    expect(placed(entries)).toEqual([
      [['entries', 0, 'name'], 'Diagnosis.name', 'NOT_NOTIFIED'],
      [['entries', 2, 'name'], 'Diagnosis.name', 'NOT_NOTIFIED'],
      [['entries', 1, 'pharmacy'], 'Dispensing.pharmacy', 'PATIENT_ONLY'],
    ]);
    expect(entries.data).toEqual({
      entries: [
        { id: 'd-A01', name: null },
        { id: 'x1', drugName: 'drug x1', pharmacy: null },
        { id: 'd-C03', name: null },
      ],
    });
    const search = answer('{ search(text: "a") { ... on Person { name secret } ... on Diagnosis { code } } }');
    expect(placed(search)).toEqual([[['search', 0, 'secret'], 'Person.secret', 'CONSENT_REQUIRED']]);
    expect(search.data).toEqual({ search: [{ name: 'Tanaka', secret: null }, { code: 'B02' }] });
  });

  it('a selection emptied by the removal comes back as an object holding the denied fields only', () => {
    const response = answer('{ person(id: "p1") { secret } }');
    expect(response.data).toEqual({ person: { secret: null } });
    expect(placed(response)).toEqual([[['person', 'secret'], 'Person.secret', 'CONSENT_REQUIRED']]);
  });

  it('a denied non-null field nulls its nearest nullable parent, as a failing non-null field does', () => {
    const person = answer('{ person(id: "p1") { name birthDate } }');
    expect(person.data).toEqual({ person: null });
    expect(placed(person)).toEqual([[['person', 'birthDate'], 'Person.birthDate', 'QUALIFICATION_REQUIRED']]);
    const people = answer('{ people { name birthDate } }');
    expect(people.data).toBeNull();
    expect(placed(people)).toEqual([
      [['people', 0, 'birthDate'], 'Person.birthDate', 'QUALIFICATION_REQUIRED'],
      [['people', 1, 'birthDate'], 'Person.birthDate', 'QUALIFICATION_REQUIRED'],
    ]);
  });

  it('overlapping selections deny a field once per place', () => {
    const response = answer('{ entries { ... on Entry { ... on Diagnosis { name } } ... on Diagnosis { name } } }');
    expect(placed(response)).toEqual([
      [['entries', 0, 'name'], 'Diagnosis.name', 'NOT_NOTIFIED'],
      [['entries', 2, 'name'], 'Diagnosis.name', 'NOT_NOTIFIED'],
    ]);
  });

  it('leaves its input unchanged and answers nothing when there is no data', () => {
    const removal = removeDeniedFields({ schema, document: parse('{ person(id: "p1") { name secret } }'), decideField: tableDecider(DENIED) });
    const data = deepFreeze({ person: { name: 'Sato' } });
    expect(placeForbiddenErrors(data, removal).data).toEqual({ person: { name: 'Sato', secret: null } });
    expect(data).toEqual({ person: { name: 'Sato' } });
    expect(placeForbiddenErrors(null, removal)).toEqual({ data: null, errors: [] });
  });

  it('walks nested lists level by level', () => {
    const denied: DeniedField = {
      path: ['grid', 'value'],
      steps: [
        { key: 'grid', nullable: [true, false, true] },
        { key: 'value', nullable: [true] },
      ],
      typeName: 'Cell',
      fieldName: 'value',
      reason: 'NO_POLICY',
    };
    const response = placeForbiddenErrors({ grid: [[{ x: 1 }, null], [{ x: 2 }]] }, { denied: [denied], typenameAlias: undefined });
    expect(response.errors.map((error) => error.path)).toEqual([
      ['grid', 0, 0, 'value'],
      ['grid', 1, 0, 'value'],
    ]);
    expect(response.data).toEqual({ grid: [[{ x: 1, value: null }, null], [{ x: 2, value: null }]] });
  });
});
