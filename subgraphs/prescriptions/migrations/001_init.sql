-- Medication information (薬剤情報) and electronic prescriptions (電子処方箋).

-- 医薬品マスター (receipt electronic-file drug codes, 9 digits).
CREATE TABLE drugs (
  code            text PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
  name            text NOT NULL,
  ingredient_code text NOT NULL,
  ingredient_name text NOT NULL,
  route           text NOT NULL CHECK (route IN ('ORAL', 'TOPICAL', 'INJECTION', 'INHALED')),
  as_needed       boolean NOT NULL,
  drug_class      text NOT NULL,
  unit            text NOT NULL
);

-- 電子処方箋 (since 2023-01-26).
CREATE TABLE electronic_prescriptions (
  id                          bigint PRIMARY KEY,
  person_id                   uuid NOT NULL,
  issued_on                   date NOT NULL,
  issuing_institution_code    text NOT NULL,
  issuing_institution_name    text NOT NULL,
  status                      text NOT NULL CHECK (status IN ('ISSUED', 'DISPENSED', 'CANCELLED', 'EXPIRED')),
  dispensed_on                date,
  dispensing_institution_code text,
  dispensing_institution_name text,
  CHECK ((status = 'DISPENSED') = (dispensed_on IS NOT NULL AND dispensing_institution_code IS NOT NULL))
);

CREATE INDEX electronic_prescriptions_person ON electronic_prescriptions (person_id, issued_on DESC, id DESC);

CREATE TABLE electronic_prescription_items (
  prescription_id bigint NOT NULL REFERENCES electronic_prescriptions (id),
  seq             int NOT NULL CHECK (seq >= 1),
  drug_code       text NOT NULL REFERENCES drugs (code),
  drug_name       text NOT NULL,
  daily_quantity  numeric NOT NULL CHECK (daily_quantity > 0),
  days            int NOT NULL CHECK (days > 0),
  as_needed       boolean NOT NULL,
  PRIMARY KEY (prescription_id, seq)
);

-- 調剤: one row per drug dispensed (claims-derived medication information).
CREATE TABLE dispensings (
  id                            bigint PRIMARY KEY,
  person_id                     uuid NOT NULL,
  dispensed_on                  date NOT NULL,
  drug_code                     text NOT NULL REFERENCES drugs (code),
  drug_name                     text NOT NULL,
  quantity                      numeric NOT NULL CHECK (quantity > 0),
  unit                          text NOT NULL,
  days                          int NOT NULL CHECK (days > 0),
  daily_quantity                numeric NOT NULL CHECK (daily_quantity > 0),
  dispensing_institution_code   text NOT NULL,
  dispensing_institution_name   text NOT NULL,
  prescribing_institution_code  text NOT NULL,
  prescribing_institution_name  text NOT NULL,
  prescribed_on                 date NOT NULL,
  electronic_prescription_id    bigint REFERENCES electronic_prescriptions (id)
);

-- A person's medication history, newest first (keyset pagination and the duplicate check's current window).
CREATE INDEX dispensings_person ON dispensings (person_id, dispensed_on DESC, id DESC);
