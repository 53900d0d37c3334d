import { RecordFacts } from '../../../../common/src/policy';
import { keyedFacts } from '../../../../subgraphs/common/src/field-policy/keyed-facts';

/** Every fact RecordFacts has: a fact added there and not here fails to compile. */
const EVERY_FACT: Required<RecordFacts> = { personId: 'p-1', told: true, careCategory: 'SURGERY', remarkKind: 'BILLED_ITEM', institutionCode: '1310000017' };

describe('keyedFacts', () => {
  test.each(Object.keys(EVERY_FACT))('records that differ in %s alone have different keys', (fact) => {
    const without: RecordFacts = { ...EVERY_FACT, [fact]: undefined };
    expect(keyedFacts(without).key).not.toBe(keyedFacts(EVERY_FACT).key);
  });

  test('records with the same facts have the same key', () => {
    expect(keyedFacts({ ...EVERY_FACT }).key).toBe(keyedFacts(EVERY_FACT).key);
    expect(keyedFacts({}).key).toBe(keyedFacts({ personId: undefined }).key);
  });
});
