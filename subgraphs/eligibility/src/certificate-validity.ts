/** The dates that decide whether a user certificate can be used. */
export interface CertificatePeriod {
  readonly issuedOn: string;
  /** The first day the certificate is no longer valid. */
  readonly expiresOn: string;
  readonly revokedOn: string | null;
}

/** Whether a certificate is usable on `date` (ISO dates compare as strings): issued, not yet expired, not revoked. */
export function certificateActiveOn(certificate: CertificatePeriod, date: string): boolean {
  return certificate.issuedOn <= date && date < certificate.expiresOn && (certificate.revokedOn === null || date < certificate.revokedOn);
}
