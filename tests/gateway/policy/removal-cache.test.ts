import { parse, print } from 'graphql';
import { RemovalCache } from '../../../gateway/src/policy/removal-cache';
import { schema, tableDecider } from './test-schema';

const QUERY = parse(/* GraphQL */ `
  query Record($id: ID!, $withSecret: Boolean!) {
    person(id: $id) {
      name
      secret @include(if: $withSecret)
    }
  }
`);

const deciding = () => tableDecider({ 'Person.secret': 'PATIENT_ONLY' });

describe('RemovalCache', () => {
  test('a request like one before it, with a decider of the same key, is neither walked nor decided again', () => {
    const cache = new RemovalCache();
    const first = deciding();
    const made = cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: true }, decideField: first }, 'caller-1');
    expect(made.removal.denied.map((denied) => denied.path.join('.'))).toEqual(['person.secret']);
    expect(made.queryHash).toMatch(/^[0-9a-f]{64}$/);
    const second = deciding();
    // Another person's id: a variable that @skip/@include do not read.
    expect(cache.removal({ schema, document: QUERY, variables: { id: 'b', withSecret: true }, decideField: second }, 'caller-1')).toBe(made);
    expect(second.asked).toEqual([]);
  });

  test('another decider key is decided afresh', () => {
    const cache = new RemovalCache();
    cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: true }, decideField: deciding() }, 'caller-1');
    const other = tableDecider({});
    const made = cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: true }, decideField: other }, 'caller-2');
    expect(other.asked.length).toBeGreaterThan(0);
    expect(made.removal.unchanged).toBe(true);
    expect(made.queryHash).toBeUndefined();
  });

  test('other values of a variable that @include reads make another removal', () => {
    const cache = new RemovalCache();
    const withSecret = cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: true }, decideField: deciding() }, 'caller-1');
    const without = cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: false }, decideField: deciding() }, 'caller-1');
    expect(without).not.toBe(withSecret);
    // Taken out either way, but answered FORBIDDEN only where the response would have held it.
    expect(withSecret.removal.denied).toHaveLength(1);
    expect(without.removal.denied).toHaveLength(0);
    expect(print(without.removal.document)).not.toContain('secret');
  });

  test('another operation of the same document is kept apart', () => {
    const document = parse('query A { person(id: "a") { name secret } } query B { person(id: "a") { name } }');
    const cache = new RemovalCache();
    const a = cache.removal({ schema, document, operationName: 'A', decideField: deciding() }, 'caller-1');
    const b = cache.removal({ schema, document, operationName: 'B', decideField: deciding() }, 'caller-1');
    expect(a.removal.denied).toHaveLength(1);
    expect(b.removal.denied).toHaveLength(0);
  });

  test('a decider without a key is asked every time', () => {
    const cache = new RemovalCache();
    cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: true }, decideField: deciding() }, undefined);
    const again = deciding();
    cache.removal({ schema, document: QUERY, variables: { id: 'a', withSecret: true }, decideField: again }, undefined);
    expect(again.asked.length).toBeGreaterThan(0);
  });

  test('keeps at most perDocument removals of one document, forgetting the oldest', () => {
    const cache = new RemovalCache({ perDocument: 2 });
    const input = { schema, document: QUERY, variables: { id: 'a', withSecret: true } };
    const first = cache.removal({ ...input, decideField: deciding() }, 'k1');
    cache.removal({ ...input, decideField: deciding() }, 'k2');
    cache.removal({ ...input, decideField: deciding() }, 'k3');
    const again = deciding();
    expect(cache.removal({ ...input, decideField: again }, 'k1')).not.toBe(first);
    expect(again.asked.length).toBeGreaterThan(0);
    const kept = deciding();
    cache.removal({ ...input, decideField: kept }, 'k3');
    expect(kept.asked).toEqual([]);
  });
});
