-- Emergency and disaster access (DOMAIN.md §3, §4.2-§4.4; seed 000 救急時①②, §(3) 災害時): the
-- registries operators keep (emergency-only terminals, emergency IDs, disaster authority, declared
-- disasters), the grants these bases give, and the EHR registrations institutions report, which the
-- auditors' inspection reads against emergency access without a card.

-- A terminal an operator takes out of service stays on record (grants name it) but signs no one in.
ALTER TABLE terminals ADD COLUMN retired_at timestamptz;

-- Lets a registry entry name a staff member and their institution together.
ALTER TABLE staff ADD CONSTRAINT staff_id_institution UNIQUE (id, institution_code);

-- 救急用の専用ID: a login of its own, issued in advance by an operator to a qualified staff member,
-- with which they sign in at their institution's emergency-only terminals: `<institution code>-E<digits>`,
-- apart from staff logins (`<institution code>-<digits>`).
CREATE TABLE emergency_ids (
  login_id         text PRIMARY KEY CHECK (login_id ~ '^[0-9]{10}-E[0-9]{2,6}$'),
  staff_id         bigint NOT NULL,
  institution_code text NOT NULL,
  issued_at        timestamptz NOT NULL,
  revoked_at       timestamptz,
  CONSTRAINT emergency_ids_staff_of_institution FOREIGN KEY (staff_id, institution_code) REFERENCES staff (id, institution_code),
  CONSTRAINT emergency_ids_named_by_institution CHECK (left(login_id, 10) = institution_code),
  CONSTRAINT emergency_ids_revoked_after_issued CHECK (revoked_at IS NULL OR revoked_at >= issued_at)
);
CREATE INDEX emergency_ids_staff ON emergency_ids (staff_id);

-- 災害時に閲覧権限が与えられた者: staff an operator granted disaster authority, until revoked.
CREATE TABLE disaster_authorities (
  staff_id   bigint NOT NULL REFERENCES staff (id),
  granted_at timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (staff_id, granted_at),
  CONSTRAINT disaster_authorities_revoked_after_granted CHECK (revoked_at IS NULL OR revoked_at >= granted_at)
);
CREATE UNIQUE INDEX disaster_authorities_one_open ON disaster_authorities (staff_id) WHERE revoked_at IS NULL;

-- A disaster an operator declared (in practice under the Disaster Relief Act), by name.
CREATE TABLE disasters (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  declared_at timestamptz NOT NULL,
  declared_by text NOT NULL
);

-- Where and when a declared disaster is in force: per municipality (団体コード, 5 digits, whose first
-- two are the prefecture), `[starts_at, ends_at)`. Extending moves ends_at on; closing early moves it
-- to the moment of closing and records when.
CREATE TABLE disaster_regions (
  disaster_id       uuid NOT NULL REFERENCES disasters (id),
  prefecture_code   text NOT NULL CHECK (prefecture_code ~ '^[0-9]{2}$'),
  municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{5}$'),
  starts_at         timestamptz NOT NULL,
  ends_at           timestamptz NOT NULL,
  closed_at         timestamptz,
  updated_at        timestamptz NOT NULL,
  PRIMARY KEY (disaster_id, municipality_code),
  CONSTRAINT disaster_regions_municipality_of_prefecture CHECK (left(municipality_code, 2) = prefecture_code),
  CONSTRAINT disaster_regions_ends_after_start CHECK (ends_at >= starts_at)
);
CREATE INDEX disaster_regions_municipality ON disaster_regions (municipality_code, ends_at);

-- The grants of the emergency and disaster bases: who opened one (the login: an emergency ID, a staff
-- login), the statement made (the purpose), how the patient was identified, the disaster it is under.
ALTER TABLE grants DROP CONSTRAINT grants_basis_check;
ALTER TABLE grants ADD CONSTRAINT grants_basis_check CHECK (basis IN ('CONSENT', 'SELF', 'EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD', 'DISASTER'));
ALTER TABLE grants
  ADD COLUMN opened_by text,
  -- PROTECT_LIFE_OR_BODY: the viewer stated it is needed to protect the patient's life or body
  -- (患者の生命及び身体の保護のために必要がある場合); PATIENT_CONSENTED: the patient consented separately.
  ADD COLUMN purpose text CHECK (purpose IN ('PROTECT_LIFE_OR_BODY', 'PATIENT_CONSENTED')),
  -- CARD_CERTIFICATE: the card's certificate read without face or PIN; FOUR_ATTRIBUTES: name, date of
  -- birth, sex, and insurer name or address.
  ADD COLUMN identification text CHECK (identification IN ('CARD_CERTIFICATE', 'FOUR_ATTRIBUTES')),
  ADD COLUMN disaster_id uuid REFERENCES disasters (id),
  ADD CONSTRAINT grants_emergency_opened CHECK (basis NOT IN ('EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD') OR (
    institution_code IS NOT NULL AND terminal_id IS NOT NULL AND opened_by IS NOT NULL
    AND purpose = 'PROTECT_LIFE_OR_BODY'
    AND identification = CASE basis WHEN 'EMERGENCY_WITH_CARD' THEN 'CARD_CERTIFICATE' ELSE 'FOUR_ATTRIBUTES' END
  )),
  ADD CONSTRAINT grants_disaster_declared CHECK (basis <> 'DISASTER' OR (
    institution_code IS NOT NULL AND terminal_id IS NOT NULL AND opened_by IS NOT NULL
    AND purpose IS NOT NULL AND identification = 'FOUR_ATTRIBUTES' AND disaster_id IS NOT NULL
  ));
-- The inspection report reads emergency access without a card by when it was opened.
CREATE INDEX grants_emergency_no_card ON grants (granted_at) WHERE basis = 'EMERGENCY_NO_CARD';
-- Closing a municipality early ends the disaster grants there.
CREATE INDEX grants_disaster ON grants (disaster_id) WHERE disaster_id IS NOT NULL;

-- 電子カルテへの患者情報の登録, as institutions report it: the patient registered in the EHR when.
CREATE TABLE ehr_registrations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_code text NOT NULL REFERENCES institutions (code),
  person_id        uuid NOT NULL REFERENCES people (id),
  registered_at    timestamptz NOT NULL,
  reported_at      timestamptz NOT NULL,
  reported_by      text NOT NULL
);
CREATE INDEX ehr_registrations_person_institution ON ehr_registrations (person_id, institution_code, registered_at);

-- Identification by the four attributes starts from the date of birth and sex.
CREATE INDEX people_birth_date_sex ON people (birth_date, sex);

-- A data set loaded before these registries existed gets what the generator gives a new one
-- (subgraphs/eligibility/src/institution-roster.ts): an emergency ID for each physician, and
-- disaster authority for each nurse, of a hospital with an emergency-only terminal.
INSERT INTO emergency_ids (login_id, staff_id, institution_code, issued_at)
SELECT replace(s.login_id, '-', '-E'), s.id, s.institution_code, t.registered_at
  FROM staff s
  JOIN (SELECT institution_code, min(registered_at) AS registered_at FROM terminals WHERE kind = 'EMERGENCY_ONLY' GROUP BY institution_code) t
    USING (institution_code)
 WHERE s.qualification = 'PHYSICIAN';
INSERT INTO disaster_authorities (staff_id, granted_at)
SELECT s.id, t.registered_at
  FROM staff s
  JOIN (SELECT institution_code, min(registered_at) AS registered_at FROM terminals WHERE kind = 'EMERGENCY_ONLY' GROUP BY institution_code) t
    USING (institution_code)
 WHERE s.qualification = 'NURSE';
