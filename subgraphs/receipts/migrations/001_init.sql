-- Monthly claims (レセプト) after review: one row per patient, institution and treatment month,
-- with the claim's itemised lines in child tables (DOMAIN.md §5). Each child table's primary key
-- (claim_id, seq) is also the index a batch of claims reads its lines by.

CREATE TABLE claims (
  id bigint PRIMARY KEY,
  person_id uuid NOT NULL,
  treatment_month text NOT NULL CHECK (treatment_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  claim_type text NOT NULL CHECK (claim_type IN ('MEDICAL_OUTPATIENT', 'MEDICAL_INPATIENT', 'DENTAL')),
  prefecture_code text NOT NULL CHECK (length(prefecture_code) = 2),
  institution_code text NOT NULL CHECK (length(institution_code) = 10),
  institution_name text NOT NULL,
  institution_address text NOT NULL,
  insurer_type text NOT NULL CHECK (insurer_type IN ('KYOKAI_KENPO', 'KUMIAI_KENPO', 'KYOSAI', 'NATIONAL_HEALTH_INSURANCE', 'LATE_ELDERLY')),
  insurer_number text NOT NULL CHECK (length(insurer_number) IN (6, 8)),
  benefit_ratio smallint NOT NULL CHECK (benefit_ratio BETWEEN 0 AND 100),
  insured_symbol text,
  insured_number text NOT NULL,
  insured_branch text NOT NULL,
  relationship text NOT NULL CHECK (relationship IN ('INSURED', 'DEPENDENT')),
  patient_name text NOT NULL,
  patient_sex text NOT NULL CHECK (patient_sex IN ('MALE', 'FEMALE')),
  patient_birth_date date NOT NULL,
  treatment_start_date date NOT NULL,
  outcome text CHECK (outcome IN ('CURED', 'DIED', 'STOPPED')),
  actual_days smallint NOT NULL CHECK (actual_days BETWEEN 0 AND 31),
  total_points integer NOT NULL CHECK (total_points >= 0),
  meal_count smallint NOT NULL CHECK (meal_count >= 0),
  meal_amount_yen integer NOT NULL CHECK (meal_amount_yen >= 0),
  -- The last visit date of the month: the institution view's past visits (受診歴).
  last_visit_date date NOT NULL
);

-- A person's claims newest first, and keyset pages of them.
CREATE INDEX claims_person_month ON claims (person_id, treatment_month DESC, id DESC);

-- 公費負担医療: at most a few per claim, in claim order.
CREATE TABLE claim_public_expenses (
  claim_id bigint NOT NULL REFERENCES claims (id),
  seq smallint NOT NULL,
  payer_number text NOT NULL CHECK (length(payer_number) = 8),
  recipient_number text NOT NULL CHECK (length(recipient_number) = 7),
  points integer NOT NULL CHECK (points >= 0),
  PRIMARY KEY (claim_id, seq)
);

CREATE TABLE claim_diagnoses (
  claim_id bigint NOT NULL REFERENCES claims (id),
  seq smallint NOT NULL,
  code text NOT NULL CHECK (length(code) = 7),
  name text NOT NULL,
  start_date date NOT NULL,
  outcome text CHECK (outcome IN ('CURED', 'DIED', 'STOPPED')),
  -- 告知: the institution view shows a diagnosis only once the patient was told.
  told boolean NOT NULL,
  is_primary boolean NOT NULL,
  PRIMARY KEY (claim_id, seq)
);

CREATE TABLE claim_procedures (
  claim_id bigint NOT NULL REFERENCES claims (id),
  seq smallint NOT NULL,
  section text NOT NULL CHECK (section IN (
    'INITIAL_VISIT', 'REVISIT', 'MEDICAL_MANAGEMENT', 'HOME_CARE', 'MEDICATION', 'INJECTION',
    'TREATMENT', 'SURGERY_ANESTHESIA', 'EXAMINATION_PATHOLOGY', 'IMAGING', 'OTHER', 'INPATIENT')),
  code text NOT NULL CHECK (length(code) = 9),
  name text NOT NULL,
  count smallint NOT NULL CHECK (count > 0),
  points integer NOT NULL CHECK (points >= 0),
  care_category text CHECK (care_category IN (
    'SURGERY', 'SHORT_STAY_SURGERY', 'TRANSPLANT', 'TRANSFUSION', 'RADIATION_THERAPY', 'IMAGING_DIAGNOSIS',
    'PATHOLOGY_DIAGNOSIS', 'MEDICAL_MANAGEMENT', 'HOME_CARE_GUIDANCE', 'DIALYSIS')),
  PRIMARY KEY (claim_id, seq)
);

CREATE TABLE claim_drugs (
  claim_id bigint NOT NULL REFERENCES claims (id),
  seq smallint NOT NULL,
  code text NOT NULL CHECK (length(code) = 9),
  name text NOT NULL,
  quantity numeric(12, 3) NOT NULL CHECK (quantity > 0),
  unit text NOT NULL,
  points integer NOT NULL CHECK (points >= 0),
  PRIMARY KEY (claim_id, seq)
);

CREATE TABLE claim_materials (
  claim_id bigint NOT NULL REFERENCES claims (id),
  seq smallint NOT NULL,
  code text NOT NULL CHECK (length(code) = 9),
  name text NOT NULL,
  quantity numeric(12, 3) NOT NULL CHECK (quantity > 0),
  points integer NOT NULL CHECK (points >= 0),
  PRIMARY KEY (claim_id, seq)
);

CREATE TABLE claim_remarks (
  claim_id bigint NOT NULL REFERENCES claims (id),
  seq smallint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('BILLED_ITEM', 'COMMENT')),
  text text NOT NULL,
  item_code text,
  PRIMARY KEY (claim_id, seq)
);
