import { GraphQLError } from 'graphql';
import { eventFilterOf } from '../../../subgraphs/audit/src/filter';

const argumentOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? [error.extensions.code, error.extensions.argument] : error;
  }
  return 'accepted';
};

describe('an auditor\'s search of the access log', () => {
  it('takes every condition as given, the person id in lower case', () => {
    expect(eventFilterOf({
      personId: '93503FEC-F14D-811E-A5EC-F00000000004', institutionCode: '0110000007', userId: '0110000007-02', bases: ['EMERGENCY_NO_CARD'],
      emergencyOrDisaster: true, outcome: 'REFUSED', from: '2026-11-01T00:00:00+09:00', to: '2026-11-02T00:00:00Z',
    })).toEqual({
      personId: '93503fec-f14d-811e-a5ec-f00000000004', institutionCode: '0110000007', userId: '0110000007-02', bases: ['EMERGENCY_NO_CARD'],
      emergencyOrDisaster: true, outcome: 'REFUSED', from: new Date('2026-10-31T15:00:00Z'), to: new Date('2026-11-02T00:00:00Z'),
    });
    expect(eventFilterOf({})).toMatchObject({ personId: null, bases: null, emergencyOrDisaster: false, from: null, to: null });
  });

  it.each([
    ['a person id that is not one', { personId: '12345' }, 'filter.personId'],
    ['an institution code with a wrong check digit', { institutionCode: '0110000008' }, 'filter.institutionCode'],
    ['a user id with spaces', { userId: 'a b' }, 'filter.userId'],
    ['a day rather than an instant', { from: '2026-11-01' }, 'filter.from'],
    ['an instant without its offset', { to: '2026-11-01T00:00:00' }, 'filter.to'],
    ['an end before the start', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'filter.to'],
  ])('refuses %s with BAD_USER_INPUT naming it', (_case, filter, argument) => {
    expect(argumentOf(() => eventFilterOf(filter))).toEqual(['BAD_USER_INPUT', argument]);
  });
});
