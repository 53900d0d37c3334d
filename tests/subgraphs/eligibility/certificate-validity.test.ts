import { CertificatePeriod, certificateActiveOn } from '../../../subgraphs/eligibility/src/certificate-validity';

const certificate = (issuedOn: string, expiresOn: string, revokedOn: string | null = null): CertificatePeriod => ({ issuedOn, expiresOn, revokedOn });

describe('certificateActiveOn', () => {
  test.each([
    ['between issue and expiry', certificate('2024-01-10', '2029-01-08'), '2026-11-01', true],
    ['on the issue date', certificate('2026-11-01', '2031-10-31'), '2026-11-01', true],
    ['before the issue date', certificate('2026-11-02', '2031-11-01'), '2026-11-01', false],
    ['the day before expiry', certificate('2021-11-03', '2026-11-02'), '2026-11-01', true],
    ['on the expiry date', certificate('2021-11-02', '2026-11-01'), '2026-11-01', false],
    ['revoked before', certificate('2024-01-10', '2029-01-08', '2026-06-01'), '2026-11-01', false],
    ['revoked on the day', certificate('2024-01-10', '2029-01-08', '2026-11-01'), '2026-11-01', false],
    ['revoked later', certificate('2024-01-10', '2029-01-08', '2026-11-02'), '2026-11-01', true],
  ])('%s', (_, cert, date, expected) => {
    expect(certificateActiveOn(cert, date)).toBe(expected);
  });
});
