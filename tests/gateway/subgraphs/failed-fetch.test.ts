import { parse } from 'graphql';
import { ERRORS } from '../../../common/src/errors';
import { failedFetchResponse } from '../../../gateway/src/subgraphs/failed-fetch';

const ERROR = ERRORS.DOWNSTREAM_SERVICE_ERROR('Subgraph "receipts" could not be reached', { serviceName: 'receipts', reason: 'UNREACHABLE' });
const pathsOf = (response: ReturnType<typeof failedFetchResponse>) => response.errors?.map((error) => error.path);

describe('failedFetchResponse', () => {
  it('puts the error at each root field of a root fetch, by its response key, with no data', () => {
    const response = failedFetchResponse(parse('mutation { a: recordConsent(input: {}) { id } __typename revokeConsent(id: "1") { id } }'), undefined, ERROR);
    expect(response.data).toBeUndefined();
    expect(pathsOf(response)).toEqual([['a'], ['revokeConsent']]);
    expect(response.errors?.[0]).toEqual({ message: ERROR.message, path: ['a'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'receipts', reason: 'UNREACHABLE' } });
  });

  it('puts it at each field of each entity of an entity fetch', () => {
    const document = parse('query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Person { claims { totalCount } c: checkups { totalCount } } } }');
    expect(pathsOf(failedFetchResponse(document, { representations: [{ id: '1' }, { id: '2' }] }, ERROR))).toEqual([
      ['_entities', 0, 'claims'], ['_entities', 0, 'c'], ['_entities', 1, 'claims'], ['_entities', 1, 'c'],
    ]);
  });

  it('gives the error without a path when the operation is not known', () => {
    expect(pathsOf(failedFetchResponse(undefined, undefined, ERROR))).toEqual([undefined]);
  });
});
