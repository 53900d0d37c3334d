-- Analytics queries are logged like any other access (DOMAIN.md §6), but they reach no person's
-- data: their events have no person (person_id NULL) and the category ANALYTICS alone. A person's
-- history never shows them; auditors find them by user, time and outcome.
ALTER TABLE access_events ALTER COLUMN person_id DROP NOT NULL;
ALTER TABLE access_events ADD CONSTRAINT access_events_person_or_analytics
  CHECK ((person_id IS NULL) = (categories = ARRAY['ANALYTICS']::text[]));
