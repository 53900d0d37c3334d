import { AccessReport } from '../../../common/src/audit/access-report';
import { World } from '../../../data/src/world';
import { prescriptionsSubgraph } from '../../../subgraphs/prescriptions/src';
import { signedHeaders, testAccessContext } from '../../support/access';
import { insertConsent } from '../../support/grants';
import { SubgraphHarness, startSubgraph } from '../../support/subgraph';

/**
 * A subgraph reports to the gateway, when asked, the persons a request reached and what the
 * policy decided on each field of their data: what the access log records (DOMAIN.md §6).
 */
const world = new World({ seed: 5, people: 40, asOf: '2026-11-01' });
const MEDICATIONS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
  medications(first: 5) { nodes { drugName dispensingInstitutionName } }
} } }`;

interface Answer {
  readonly extensions?: { accessReport?: AccessReport };
  readonly errors?: unknown[];
}

describe('the access report of a subgraph', () => {
  let harness: SubgraphHarness;
  let personId: string;

  beforeAll(async () => {
    harness = await startSubgraph(prescriptionsSubgraph, { world });
    const { rows } = await harness.pool.query<{ person_id: string }>('SELECT person_id::text FROM prescriptions.dispensings ORDER BY person_id LIMIT 1');
    personId = rows[0]!.person_id;
    await insertConsent(harness.pool, { personId, categories: ['MEDICATIONS'] });
  });
  afterAll(async () => harness?.close());

  const ask = async (headers: Record<string, string>): Promise<Answer> => {
    const response = await fetch(harness.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(harness.accessContextSecret, testAccessContext()), ...headers },
      body: JSON.stringify({ query: MEDICATIONS, variables: { r: [{ __typename: 'Person', id: personId }] } }),
    });
    return (await response.json()) as Answer;
  };

  it('is in the answer\'s extensions when the gateway asks for it: the person, the fields served by basis and withheld by reason', async () => {
    const answer = await ask({ 'x-access-report': 'requested' });
    expect(answer.extensions?.accessReport).toEqual({
      v: 1,
      persons: [
        {
          personId,
          // Reached through an entity representation, not under a root field of the gateway's operation.
          roots: [],
          fields: {
            served: { CONSENT: ['Dispensing.drugName', 'Person.medications'] },
            withheld: { PATIENT_ONLY: ['Dispensing.dispensingInstitutionName'] },
          },
        },
      ],
    });
  });

  it('is not there when not asked for', async () => {
    const answer = await ask({});
    expect(answer.extensions).toBeUndefined();
  });
});
