-- Access bases (DOMAIN.md §4): a grant to read one person's data under a basis, at an
-- institution, for some categories, until it expires or is revoked. CONSENT is recorded when a
-- card reader of the institution reports a strict identity verification (seed 000 §(3) 通常時:
-- the My Number card, face or PIN, or the smartphone certificate) and lasts 24 hours (§4.1).
-- SELF is the patient's own access in the citizen portal (§4.5), at no institution.

-- Lets a grant name its terminal and institution together, so the terminal is one of that institution's.
ALTER TABLE terminals ADD CONSTRAINT terminals_id_institution UNIQUE (id, institution_code);

CREATE TABLE grants (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id        uuid NOT NULL REFERENCES people (id),
  basis            text NOT NULL CHECK (basis IN ('CONSENT', 'SELF')),
  institution_code text REFERENCES institutions (code),
  categories       text[] NOT NULL CONSTRAINT grants_categories_listed CHECK (
    cardinality(categories) > 0 AND array_ndims(categories) = 1
    AND categories <@ ARRAY['MEDICATIONS', 'CHECKUPS', 'MEDICAL_CARE']::text[]
  ),
  verification     text CHECK (verification IN ('CARD_FACE', 'CARD_PIN', 'SMARTPHONE')),
  terminal_id      bigint,
  granted_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  revoked_at       timestamptz,
  CONSTRAINT grants_terminal_of_institution FOREIGN KEY (terminal_id, institution_code) REFERENCES terminals (id, institution_code),
  CONSTRAINT grants_expire_after_granted CHECK (expires_at > granted_at),
  CONSTRAINT grants_revoked_after_granted CHECK (revoked_at IS NULL OR revoked_at >= granted_at),
  CONSTRAINT grants_consent_at_institution CHECK (basis <> 'CONSENT' OR (
    institution_code IS NOT NULL AND terminal_id IS NOT NULL AND verification IS NOT NULL
    AND expires_at = granted_at + interval '24 hours'
  )),
  CONSTRAINT grants_self_at_no_institution CHECK (basis <> 'SELF' OR (institution_code IS NULL AND terminal_id IS NULL))
);

-- The grants in force for a person at an institution: what every consent check reads.
CREATE INDEX grants_person_institution ON grants (person_id, institution_code, expires_at) WHERE revoked_at IS NULL;
-- At most one open consent per person and institution: a new one revokes (supersedes) the earlier.
CREATE UNIQUE INDEX grants_one_open_consent ON grants (person_id, institution_code) WHERE basis = 'CONSENT' AND revoked_at IS NULL;
