import type { Path } from 'graphql/jsutils/Path';
import { RecordPositions } from '../../../../subgraphs/common/src/field-policy/record-positions';
import { FactsReader } from '../../../../subgraphs/common/src/field-policy';

/** Paths as GraphQL execution makes them: each field's and each list item's, linked to where it stands. */
const at = (prev: Path | undefined, key: string | number): Path => ({ prev, key, typename: undefined });

const ownedByItsPerson: FactsReader = (object) => ({ personId: (object as { personId: string }).personId });
const told: FactsReader = (object) => ({ told: (object as { told: boolean }).told });

describe('RecordPositions: the facts a field is decided with', () => {
  const claims = at(undefined, 'claims');
  const firstClaim = at(claims, 0);
  const secondClaim = at(claims, 1);

  it('an object read from a record inherits its facts through lists, over its own', () => {
    const positions = new RecordPositions();
    expect(positions.record(firstClaim, { personId: 'A' }, ownedByItsPerson).facts).toEqual({ personId: 'A' });
    const diagnosis = at(at(firstClaim, 'diagnoses'), 0);
    expect(positions.record(diagnosis, { told: false }, told).facts).toEqual({ personId: 'A', told: false });
    expect(positions.record(at(diagnosis, 'code'), 'I10', undefined).facts).toEqual({ personId: 'A', told: false });
  });

  it('the same object under two persons’ records is judged in each place by the record it stands under', () => {
    const positions = new RecordPositions();
    const drug = { code: '1149019' };
    positions.record(firstClaim, { personId: 'A' }, ownedByItsPerson);
    positions.record(secondClaim, { personId: 'B' }, ownedByItsPerson);
    expect(positions.record(at(firstClaim, 'drug'), drug, undefined).facts.personId).toBe('A');
    expect(positions.record(at(secondClaim, 'drug'), drug, undefined).facts.personId).toBe('B');
  });

  it('an object under no record has no facts, so every check on it fails', () => {
    const positions = new RecordPositions();
    expect(positions.record(at(undefined, 'institution'), { code: '1' }, undefined).facts).toEqual({});
    expect(positions.record(undefined, {}, undefined).facts).toEqual({});
  });

  it('objects the policy cannot tell apart share a key; any fact that differs gives another', () => {
    const positions = new RecordPositions();
    const first = positions.record(firstClaim, { personId: 'A' }, ownedByItsPerson);
    const same = positions.record(secondClaim, { personId: 'A' }, ownedByItsPerson);
    const other = positions.record(at(claims, 2), { personId: 'B' }, ownedByItsPerson);
    expect(same.key).toBe(first.key);
    expect(other.key).not.toBe(first.key);
  });
});
