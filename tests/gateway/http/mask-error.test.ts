import { maskGatewayError } from '../../../gateway/src/http/mask-error';

describe('maskGatewayError', () => {
  it('passes a registered code through, with the subgraph name and without a stack', () => {
    const masked = maskGatewayError({
      message: 'Invalid insurerNumber: check digit is 3, expected 2',
      path: ['insurer'],
      extensions: { code: 'BAD_USER_INPUT', serviceName: 'eligibility', stacktrace: ['at x'] },
    });
    expect(masked).toEqual({
      message: 'Invalid insurerNumber: check digit is 3, expected 2',
      path: ['insurer'],
      extensions: { code: 'BAD_USER_INPUT', serviceName: 'eligibility' },
    });
  });

  it.each([
    ['an unregistered code', { code: 'SOMETHING_ELSE', serviceName: 'receipts' }],
    ['no code at all', { serviceName: 'receipts' }],
  ])('masks an error with %s: no message, keeps only the subgraph name', (_case, extensions) => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const masked = maskGatewayError({ message: 'relation "receipts.claims" does not exist', path: ['person', 'claims'], extensions });
    expect(masked).toEqual({ message: 'Internal server error', path: ['person', 'claims'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'receipts' } });
    expect(String(stderr.mock.calls[0]?.[0])).toContain('relation \\"receipts.claims\\" does not exist');
    stderr.mockRestore();
  });
});

describe('maskGatewayError: INTERNAL_SERVER_ERROR', () => {
  it('masks a subgraph error that came with INTERNAL_SERVER_ERROR (Apollo Server\'s code for errors it does not know) and its database message', () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const masked = maskGatewayError({ message: 'relation "receipts.ledger" does not exist', path: ['ledger'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'receipts' } });
    stderr.mockRestore();
    expect(masked).toEqual({ message: 'Internal server error', path: ['ledger'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'receipts' } });
  });
});
