import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../../../gateway/src/config';
import { exceedsTokens } from '../../../gateway/src/limits/count-tokens';
import { measureOperation } from '../../../gateway/src/limits/measure-operation';

const schema = Supergraph.build(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables, { defaultListSize: 10, mutationCost: 10 });
};

describe('measureOperation', () => {
  it('sizes a connection\'s lists by its `first`: sent, a variable, the variable\'s default, the schema\'s default', () => {
    // person 1 + claims 1 + N × (Claim 1 + 10 diagnoses × 1)
    expect(measure('{ person(id: "p") { claims(first: 3) { nodes { diagnoses { name } } } } }').cost).toBe(2 + 3 * 11);
    expect(measure('query($n: Int) { person(id: "p") { claims(first: $n) { nodes { diagnoses { name } } } } }', { n: 50 }).cost).toBe(2 + 50 * 11);
    expect(measure('query($n: Int = 7) { person(id: "p") { claims(first: $n) { nodes { diagnoses { name } } } } }').cost).toBe(2 + 7 * 11);
    expect(measure('{ person(id: "p") { claims { nodes { diagnoses { name } } } } }').cost).toBe(2 + 20 * 11);
  });

  it('counts depth, aliases and directives, through fragments', () => {
    const m = measure('query { a: person(id: "p") { ...F } } fragment F on Person { b: name @include(if: true) { kanji @skip(if: false) } }');
    expect(m).toMatchObject({ depth: 3, aliases: 2, directives: 2 });
  });

  it('leaves introspection out of depth and cost (graphql-js validation bounds it)', () => {
    expect(measure(getIntrospectionQuery())).toMatchObject({ depth: 0, cost: 0 });
  });
});

describe('exceedsTokens', () => {
  it('counts tokens without comments, and stops counting at the limit', () => {
    expect(exceedsTokens('{ a b c }', 5)).toBe(false);
    expect(exceedsTokens('{ a b c d }', 5)).toBe(true);
    expect(exceedsTokens('# a comment\n{ a b c }', 5)).toBe(false);
    expect(exceedsTokens(`{ ${'a '.repeat(1_000_000)}}`, 10)).toBe(true);
  });
});
