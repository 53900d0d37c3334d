import { postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

describe('a subgraph that is down', () => {
  let t: TestStack;
  let personId: string;

  beforeAll(async () => {
    t = await startTestStack({ people: 60 });
    const [row] = await t.sql<{ person_id: string }>('SELECT person_id FROM receipts.claims ORDER BY person_id LIMIT 1');
    personId = row!.person_id;
    await t.grantConsent(personId);
    await t.stack.subgraphs.receipts!.stop();
  });
  afterAll(async () => t.stop());

  it('yields the other subgraphs\' data and a DOWNSTREAM_SERVICE_ERROR naming it', async () => {
    const response = await postGraphQL<{ person: { name: { kanji: string }; claims: unknown; medications: { totalCount: number } } }>(
      t.url,
      'query($id: ID!) { person(id: $id) { name { kanji } claims { totalCount } medications { totalCount } } }',
      { id: personId },
      await t.authorization('physician'),
    );
    expect(response.status).toBe(200);
    expect(response.data?.person.name.kanji).toBeTruthy();
    expect(response.data?.person.medications.totalCount).toBeGreaterThanOrEqual(0);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['person', 'claims'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'receipts', reason: 'UNREACHABLE' } });
    expect(JSON.stringify(response.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);
  });
});
