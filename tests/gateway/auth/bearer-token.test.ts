import { ERRORS } from '../../../common/src/errors';
import { bearerToken } from '../../../gateway/src/auth/bearer-token';
import { unauthenticatedReason } from '../../../gateway/src/auth/unauthenticated';

const reasonFor = (header: string | undefined): unknown => {
  try {
    bearerToken(header);
  } catch (error) {
    expect((error as { extensions: { code: string } }).extensions.code).toBe(ERRORS.UNAUTHENTICATED.code);
    return unauthenticatedReason(error);
  }
  return null;
};

describe('bearerToken', () => {
  test.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['Bearer   abc.def-_~+/ghi==  ', 'abc.def-_~+/ghi=='],
  ])('%p → the token', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  test.each([undefined, '', '   '])('%p → MISSING', (header) => {
    expect(reasonFor(header)).toBe('MISSING');
  });

  test.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', 'Bearerabc.def.ghi', 'Bearer abc"def', `Bearer ${'x'.repeat(8193)}`])('%p → MALFORMED', (header) => {
    expect(reasonFor(header)).toBe('MALFORMED');
  });
});
