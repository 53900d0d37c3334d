-- 資格確認: insurers, insured persons and their qualifications, card certificates,
-- institutions with their terminals and staff. Dates are calendar dates (Japan).

CREATE TABLE insurers (
  number          text PRIMARY KEY CHECK (number ~ '^[0-9]{6}([0-9]{2})?$'),
  name            text NOT NULL,
  type            text NOT NULL CHECK (type IN ('KYOKAI_KENPO', 'KUMIAI_KENPO', 'KYOSAI', 'NATIONAL_HEALTH_INSURANCE', 'LATE_ELDERLY')),
  prefecture_code text NOT NULL CHECK (prefecture_code ~ '^[0-9]{2}$')
);

CREATE TABLE people (
  id                uuid PRIMARY KEY,
  name_kanji        text NOT NULL,
  name_kana         text NOT NULL,
  sex               text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  birth_date        date NOT NULL,
  prefecture_code   text NOT NULL CHECK (prefecture_code ~ '^[0-9]{2}$'),
  municipality_code text NOT NULL,
  municipality      text NOT NULL,
  address_line      text NOT NULL,
  postal_code       text NOT NULL
);

CREATE TABLE qualifications (
  id                 bigint PRIMARY KEY,
  person_id          uuid NOT NULL REFERENCES people (id),
  insurer_number     text NOT NULL REFERENCES insurers (number),
  symbol             text NOT NULL,
  number             text NOT NULL,
  branch             text NOT NULL CHECK (branch ~ '^[0-9]{2}$'),
  relationship       text NOT NULL CHECK (relationship IN ('INSURED', 'DEPENDENT')),
  acquired_on        date NOT NULL,
  lost_on            date CHECK (lost_on IS NULL OR lost_on >= acquired_on),
  benefit_ratio      smallint NOT NULL CHECK (benefit_ratio BETWEEN 0 AND 100),
  high_cost_category text NOT NULL CHECK (high_cost_category IN ('A', 'I', 'U', 'E', 'O', 'ACTIVE_III', 'ACTIVE_II', 'ACTIVE_I', 'GENERAL', 'LOW_INCOME_II', 'LOW_INCOME_I'))
);
-- Eligibility by insurance numbers (branch may be omitted: a prefix of this index).
CREATE INDEX qualifications_insurance_numbers ON qualifications (insurer_number, symbol, number, branch);
-- A person's history, newest first (keyset pagination on acquired_on, id).
CREATE INDEX qualifications_person_history ON qualifications (person_id, acquired_on DESC, id DESC);

-- The serial links a user certificate (利用者証明用電子証明書) to the person; no individual number is stored.
CREATE TABLE card_certificates (
  serial     text PRIMARY KEY CHECK (serial ~ '^[0-9A-F]{16}$'),
  person_id  uuid NOT NULL REFERENCES people (id),
  kind       text NOT NULL CHECK (kind IN ('CARD', 'SMARTPHONE')),
  issued_on  date NOT NULL,
  expires_on date NOT NULL,
  revoked_on date
);
CREATE INDEX card_certificates_person ON card_certificates (person_id, issued_on DESC);

CREATE TABLE institutions (
  code              text PRIMARY KEY CHECK (code ~ '^[0-9]{10}$'),
  name              text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('HOSPITAL', 'MEDICAL_CLINIC', 'DENTAL_CLINIC', 'PHARMACY')),
  prefecture_code   text NOT NULL CHECK (prefecture_code ~ '^[0-9]{2}$'),
  municipality_code text NOT NULL,
  municipality      text NOT NULL,
  address           text NOT NULL
);

CREATE TABLE terminals (
  id               bigint PRIMARY KEY,
  institution_code text NOT NULL REFERENCES institutions (code),
  kind             text NOT NULL CHECK (kind IN ('RECEPTION', 'EXAMINATION_ROOM', 'EMERGENCY_ONLY')),
  label            text NOT NULL,
  registered_at    timestamptz NOT NULL
);
CREATE INDEX terminals_institution ON terminals (institution_code, id);

CREATE TABLE staff (
  id               bigint PRIMARY KEY,
  institution_code text NOT NULL REFERENCES institutions (code),
  name             text NOT NULL,
  qualification    text NOT NULL CHECK (qualification IN ('PHYSICIAN', 'DENTIST', 'PHARMACIST', 'CLERK', 'NURSE')),
  login_id         text NOT NULL UNIQUE
);
CREATE INDEX staff_institution ON staff (institution_code, id);
