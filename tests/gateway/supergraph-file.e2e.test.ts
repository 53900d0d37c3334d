import { composeServices } from '@apollo/composition';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { startGateway } from '../../gateway/src/gateway';
import { GatewayConfig } from '../../gateway/src/config';
import { postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

const baseConfig = (t: TestStack, supergraphPath: string, subgraphUrls: Record<string, string>): GatewayConfig => ({
  port: 0, host: '127.0.0.1', supergraphPath, subgraphUrls, ide: false, maxBodyBytes: 1 << 20, subgraphTimeoutMs: 5000,
  auth: t.auth, registryDatabaseUrl: t.db.url, auditDatabaseUrl: t.db.url, accessContextSecret: t.stack.accessContextSecret,
});

describe('the supergraph file the gateway serves', () => {
  let t: TestStack;
  const dir = mkdtempSync(join(tmpdir(), 'supergraph-'));

  beforeAll(async () => {
    t = await startTestStack({ people: 30 });
  });
  afterAll(async () => t.stop());

  it('is configurable: a gateway given a supergraph of eligibility alone serves just that graph', async () => {
    const composed = composeServices([
      { name: 'eligibility', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(readFileSync(join(__dirname, '..', '..', 'schema', 'eligibility.graphql'), 'utf8')) },
    ]);
    expect(composed.errors).toBeUndefined();
    const path = join(dir, 'eligibility-only.graphql');
    writeFileSync(path, composed.supergraphSdl!);
    const gateway = await startGateway(baseConfig(t, path, { eligibility: t.stack.subgraphs.eligibility!.url }));
    try {
      const [row] = await t.sql<{ id: string }>('SELECT id FROM eligibility.people ORDER BY id LIMIT 1');
      const physician = await t.authorization('physician');
      const ok = await postGraphQL<{ person: { id: string } }>(gateway.url, 'query($id: ID!) { person(id: $id) { id } }', { id: row!.id }, physician);
      expect(ok.data?.person.id).toBe(row!.id);
      const missing = await postGraphQL(gateway.url, 'query($id: ID!) { person(id: $id) { claims { totalCount } } }', { id: row!.id }, physician);
      expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await gateway.stop();
    }
  });

  it('stops the gateway at start when it is not a supergraph', async () => {
    const path = join(dir, 'not-a-supergraph.graphql');
    writeFileSync(path, 'type Query { hello: String }');
    await expect(startGateway(baseConfig(t, path, {}))).rejects.toThrow();
  });
});
