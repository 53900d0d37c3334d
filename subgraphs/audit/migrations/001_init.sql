-- The access log (DOMAIN.md §6): one event per request and person for every access to a
-- person's data, allowed or refused, written by the gateway before its answer leaves it.
--
-- Append-only and tamper-evident: the gateway writes as hig_audit_writer, which may INSERT and
-- SELECT and nothing else; the audit subgraph reads as hig_audit_reader, which may SELECT only;
-- a trigger refuses UPDATE and DELETE to everyone else too. Each event carries the hash of the
-- event before it in its chain (one chain per gateway instance start), so that a changed, removed
-- or slipped-in event shows (`npm run audit:verify`). Partitioned by month for retention: an old
-- month is detached and archived by the owner, never edited.

-- Roles belong to the whole PostgreSQL cluster: made once, whichever database migrates first.
DO $$
BEGIN
  CREATE ROLE hig_audit_writer NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$
BEGIN
  CREATE ROLE hig_audit_reader NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- One row per hash chain, written with the chain's first events.
CREATE TABLE chains (
  id         uuid PRIMARY KEY,
  started_at timestamptz NOT NULL,
  -- The gateway instance (host and process) that writes it.
  writer     text NOT NULL
);

CREATE TABLE access_events (
  id               uuid NOT NULL,
  chain_id         uuid NOT NULL,
  seq              bigint NOT NULL CHECK (seq > 0),
  prev_hash        text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash             text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  recorded_at      timestamptz NOT NULL,
  request_id       text NOT NULL,
  -- A staff or internal user's login id, or a patient's person id.
  user_id          text NOT NULL,
  role             text NOT NULL CHECK (role IN ('CLERK', 'PHYSICIAN', 'DENTIST', 'PHARMACIST', 'NURSE', 'PATIENT', 'ANALYST', 'OPERATOR', 'AUDITOR')),
  qualification    text,
  institution_code text,
  terminal_id      text,
  terminal_kind    text,
  basis            text CHECK (basis IN ('CONSENT', 'SELF', 'EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD', 'DISASTER')),
  purpose_of_use   text NOT NULL CHECK (purpose_of_use IN ('TREAT', 'ETREAT', 'PATRQT', 'COVERAGE', 'HOPERAT')),
  person_id        uuid NOT NULL,
  categories       text[] NOT NULL,
  -- {"served": {basis or "NONE": [Type.field, ...]}, "withheld": {deny reason: [Type.field, ...]}}
  fields           jsonb NOT NULL,
  outcome          text NOT NULL CHECK (outcome IN ('ALLOWED', 'PARTIAL', 'REFUSED')),
  deny_reasons     text[] NOT NULL,
  PRIMARY KEY (id, recorded_at)
) PARTITION BY RANGE (recorded_at);

-- Verification walks each chain in order.
CREATE INDEX access_events_chain ON access_events (chain_id, seq);
-- Who looked at a person (the patient's history, an auditor's search by person).
CREATE INDEX access_events_person ON access_events (person_id, recorded_at DESC, id DESC);
CREATE INDEX access_events_institution ON access_events (institution_code, recorded_at DESC, id DESC);
CREATE INDEX access_events_user ON access_events (user_id, recorded_at DESC, id DESC);
CREATE INDEX access_events_recorded ON access_events (recorded_at DESC, id DESC);
-- Emergency and disaster accesses, flagged for review.
CREATE INDEX access_events_flagged ON access_events (recorded_at DESC, id DESC) WHERE basis IN ('EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD', 'DISASTER');
CREATE INDEX access_events_request ON access_events (request_id);

-- Append-only for everyone, the owner's sessions included: retention detaches whole partitions.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER access_events_append_only BEFORE UPDATE OR DELETE ON access_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER access_events_no_truncate BEFORE TRUNCATE ON access_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER chains_append_only BEFORE UPDATE OR DELETE ON chains FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER chains_no_truncate BEFORE TRUNCATE ON chains FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The monthly partitions from the month of `from_time` to that of `through`, those missing made
-- (row triggers come from the parent; TRUNCATE of a partition needs its own). Runs as the owner
-- (SECURITY DEFINER), so the writer can add next month's partition with no right on the table
-- beyond INSERT and SELECT.
CREATE FUNCTION ensure_partitions(from_time timestamptz, through timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$
DECLARE
  month date := date_trunc('month', from_time AT TIME ZONE 'UTC')::date;
  last date := date_trunc('month', through AT TIME ZONE 'UTC')::date;
  partition text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit.ensure_partitions'));
  WHILE month <= last LOOP
    partition := 'access_events_' || to_char(month, 'YYYY_MM');
    IF to_regclass('audit.' || partition) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE audit.%I PARTITION OF audit.access_events FOR VALUES FROM (%L) TO (%L)',
        partition, (month::timestamp AT TIME ZONE 'UTC'), ((month + interval '1 month')::timestamp AT TIME ZONE 'UTC')
      );
      EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON audit.%I FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()', partition || '_no_truncate', partition);
    END IF;
    month := (month + interval '1 month')::date;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION ensure_partitions(timestamptz, timestamptz) FROM PUBLIC;

SELECT ensure_partitions(now(), now() + interval '1 month');

GRANT USAGE ON SCHEMA audit TO hig_audit_writer, hig_audit_reader;
GRANT SELECT, INSERT ON access_events, chains TO hig_audit_writer;
GRANT EXECUTE ON FUNCTION ensure_partitions(timestamptz, timestamptz) TO hig_audit_writer;
GRANT SELECT ON access_events, chains TO hig_audit_reader;
