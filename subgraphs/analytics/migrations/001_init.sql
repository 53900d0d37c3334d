-- Analytics: aggregates computed from the other subgraphs' schemas (read only) by a refresh, with
-- small cells withheld. Nothing here describes a person: every row is a group of many, or a day
-- of the rollout. The seeds' published figures and the subsidy rules are data in the code.

-- The groups of each family (checkups by fiscal year, consents and dispensings by month): at each
-- level (a bit mask of the family's dimensions), one row per combination of values, '' for a
-- dimension not broken down by. `cells` holds the counts in the family's slot order (the total,
-- then each measure's values); NULL where withheld (under 10, or secondary suppression) or where
-- the measure is not published at that level.
CREATE TABLE family_groups (
  family      text NOT NULL CHECK (family IN ('checkups', 'consents', 'dispensings')),
  period      text NOT NULL,
  level       smallint NOT NULL CHECK (level >= 0),
  coordinates text[] NOT NULL,
  cells       int[] NOT NULL,
  PRIMARY KEY (family, period, level, coordinates)
);

-- The rollout computed from the registries, month by month: facilities and those with a terminal.
CREATE TABLE rollout_facilities (
  as_of            date NOT NULL,
  institution_kind text NOT NULL CHECK (institution_kind IN ('HOSPITAL', 'MEDICAL_CLINIC', 'DENTAL_CLINIC', 'PHARMACY')),
  facilities       int NOT NULL CHECK (facilities >= 0),
  with_terminal    int NOT NULL CHECK (with_terminal BETWEEN 0 AND facilities),
  PRIMARY KEY (as_of, institution_kind)
);

-- Persons with a card certificate linked (health-insurance-use registrations) and insured persons
-- on each day of the rollout; NULL where under 10.
CREATE TABLE rollout_registrations (
  as_of           date PRIMARY KEY,
  registrations   int CHECK (registrations >= 10),
  insured_persons int CHECK (insured_persons >= 10)
);

-- When the aggregates were last computed (one row).
CREATE TABLE refresh_state (
  id           smallint PRIMARY KEY CHECK (id = 1),
  refreshed_at timestamptz NOT NULL,
  duration_ms  int NOT NULL
);

-- A dispensing as the duplicate-medication aggregate looks back at it.
CREATE TYPE dispensing_span AS (id bigint, dispensed_on date, last_day date, prescription text);
