-- 特定健診 (specific health checkups) and employer checkups (事業者健診) received by insurers.

CREATE TYPE checkup_kind AS ENUM ('SPECIFIC', 'EMPLOYER');
CREATE TYPE sex AS ENUM ('MALE', 'FEMALE');
-- Urine dipstick results: − (NEGATIVE), ± (TRACE), + (ONE_PLUS), 2+ (TWO_PLUS), 3+ (THREE_PLUS).
CREATE TYPE urine_result AS ENUM ('NEGATIVE', 'TRACE', 'ONE_PLUS', 'TWO_PLUS', 'THREE_PLUS');
CREATE TYPE guidance_level AS ENUM ('INTENSIVE', 'MOTIVATIONAL', 'INFORMATION');
CREATE TYPE guidance_group AS ENUM ('A', 'B', 'NONE');

CREATE TABLE checkups (
  -- Deterministic: person index * 100 + the checkup's number for that person.
  id bigint PRIMARY KEY,
  person_id uuid NOT NULL,
  examined_on date NOT NULL,
  -- 年度: April to March, named by the year it starts.
  fiscal_year smallint NOT NULL CHECK (fiscal_year BETWEEN 2008 AND 2100),
  kind checkup_kind NOT NULL,
  insurer_number text NOT NULL CHECK (insurer_number ~ '^([0-9]{6}|[0-9]{8})$'),
  institution_code text NOT NULL CHECK (institution_code ~ '^[0-9]{10}$'),
  age_at_exam smallint NOT NULL CHECK (age_at_exam BETWEEN 0 AND 130),
  sex sex NOT NULL,
  height_cm numeric(4, 1),
  weight_kg numeric(4, 1),
  bmi numeric(3, 1),
  waist_cm numeric(4, 1),
  systolic_bp smallint,
  diastolic_bp smallint,
  triglycerides smallint,
  triglycerides_fasting boolean,
  hdl smallint,
  ldl smallint,
  glucose smallint,
  glucose_fasting boolean,
  hba1c numeric(3, 1),
  ast smallint,
  alt smallint,
  ggt smallint,
  urine_glucose urine_result,
  urine_protein urine_result,
  smoker boolean,
  on_bp_medication boolean,
  on_lipid_medication boolean,
  on_glucose_medication boolean,
  guidance_level guidance_level NOT NULL,
  guidance_group guidance_group NOT NULL
);

-- A person's history, newest first, and its keyset pages.
CREATE INDEX checkups_person_examined ON checkups (person_id, examined_on DESC, id DESC);
