import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../../tools/compose';

const schemaFile = (name: string) => readFileSync(join(__dirname, '..', '..', 'schema', `${name}.graphql`), 'utf8');

describe('composeSupergraph', () => {
  it('composes the subgraphs into the committed supergraph', () => {
    expect(composeSupergraph()).toBe(schemaFile('supergraph'));
  });

  it('fails when a subgraph contradicts another (a Person id that is not an ID)', () => {
    const broken = (name: string) =>
      name === 'checkups' ? schemaFile('checkups').replace(/type Person @key\(fields: "id"\) \{\n  id: ID!/, 'type Person @key(fields: "id") {\n  id: Int!') : schemaFile(name);
    expect(broken('checkups')).not.toBe(schemaFile('checkups'));
    expect(() => composeSupergraph(broken)).toThrow(/composition failed[\s\S]*Person\.id/);
  });
});
