-- A card reader's consent report names the identity verification it reports (DOMAIN.md §4.1): when the
-- reader verified the patient and the id the reader gave that verification. A verification gives one
-- consent: its id is recorded once, so a report sent again, even by two requests at the same moment,
-- records nothing. Consents recorded before this migration name none.

ALTER TABLE grants
  ADD COLUMN verification_id uuid,
  ADD COLUMN verified_at timestamptz,
  ADD CONSTRAINT grants_verification_once UNIQUE (verification_id),
  ADD CONSTRAINT grants_verification_named_whole CHECK ((verification_id IS NULL) = (verified_at IS NULL)),
  ADD CONSTRAINT grants_verification_of_consent CHECK (verification_id IS NULL OR basis = 'CONSENT');
