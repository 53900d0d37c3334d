import { GraphQLError } from 'graphql';
import { identificationOf, normalized } from '../../../subgraphs/eligibility/src/emergency/identification';

const refusal = (action: () => unknown): Record<string, unknown> | undefined => {
  try {
    action();
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions;
    throw error;
  }
  return undefined;
};

describe('the four attributes of a patient without a card (seed 000 §(3) 照会方法)', () => {
  it.each([
    ['spaces, half-width and full-width, dropped', '災害　花子 ', '災害花子'],
    ['hiragana read as katakana', 'さいがい はなこ', 'サイガイハナコ'],
    ['half-width katakana folded', 'ｻｲｶﾞｲ ﾊﾅｺ', 'サイガイハナコ'],
    ['full-width digits and signs folded', '鷺宮１－１', '鷺宮1-1'],
  ])('are compared as typed: %s', (_case, typed, compared) => {
    expect(normalized(typed)).toBe(compared);
  });

  it('are all four, the fourth the insurer name or the address or both', () => {
    expect(identificationOf({ name: '災害 花子', birthDate: '1980-02-03', sex: 'FEMALE', address: '鷺宮' }, 'patient')).toEqual({
      name: '災害花子',
      birthDate: '1980-02-03',
      sex: 'FEMALE',
      insurerName: null,
      address: '鷺宮',
    });
    expect(identificationOf({ name: 'はなこ', birthDate: '1980-02-03', sex: 'FEMALE', insurerName: '東和', address: '中野' }, 'patient')).toMatchObject({
      insurerName: '東和',
      address: '中野',
    });
  });

  it('names every attribute missing (a blank counts as missing), before anything is searched', () => {
    expect(refusal(() => identificationOf({}, 'patient'))).toEqual({ code: 'IDENTIFIERS_MISSING', missing: ['name', 'birthDate', 'sex', 'insurerName or address'] });
    expect(refusal(() => identificationOf({ name: ' ', birthDate: '1980-02-03', sex: 'MALE', insurerName: '　' }, 'patient'))).toEqual({
      code: 'IDENTIFIERS_MISSING',
      missing: ['name', 'insurerName or address'],
    });
  });

  it('refuses a part of one character, and a date that is not one', () => {
    expect(refusal(() => identificationOf({ name: '花子', birthDate: '1980-02-03', sex: 'FEMALE', address: '中' }, 'patient'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'patient.address',
    });
    expect(refusal(() => identificationOf({ name: '花子', birthDate: '1980-02-30', sex: 'FEMALE', address: '中野' }, 'patient'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'patient.birthDate',
    });
  });
});
