import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { prescriptionsSubgraph } from '../../../subgraphs/prescriptions/src';
import { signedHeaders, TEST_ACCESS_CONTEXT_SECRET } from '../../support/access';
import { postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe('prescriptionsSubgraph module', () => {
  test('names its schema and an absolute migrations directory with the initial migration', () => {
    expect(prescriptionsSubgraph).toMatchObject({ name: 'prescriptions', schema: 'prescriptions' });
    expect(prescriptionsSubgraph.seeder?.schema).toBe('prescriptions');
    expect(isAbsolute(prescriptionsSubgraph.migrations)).toBe(true);
    expect(existsSync(join(prescriptionsSubgraph.migrations, '001_init.sql'))).toBe(true);
  });

  test('migrates, starts on a free port, serves its federation SDL and counts statements', async () => {
    await database.migrate(prescriptionsSubgraph);
    const running = await prescriptionsSubgraph.start({ pool: database.pool(prescriptionsSubgraph.schema), accessContextSecret: TEST_ACCESS_CONTEXT_SECRET, port: 0 });
    try {
      const sdl = await postGraphQL<{ _service: { sdl: string } }>(running.url, '{ _service { sdl } }', undefined, signedHeaders());
      expect(sdl.data!._service.sdl).toMatch(/type Dispensing/);
      expect(sdl.data!._service.sdl).toMatch(/type ElectronicPrescription\s+@key\(fields: "id"\)/);
      const before = running.stats.statements;
      const drug = await postGraphQL<{ drug: unknown }>(running.url, '{ drug(code: "610443047") { name } }', undefined, signedHeaders());
      expect(drug.data).toEqual({ drug: null });
      expect(running.stats.statements).toBe(before + 1);
    } finally {
      await running.stop();
    }
  });
});
