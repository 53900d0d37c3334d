-- Emergency and disaster accesses by day and prefecture, counted from the access log (audit.access_events, read only).
ALTER TABLE family_groups DROP CONSTRAINT family_groups_family_check;
ALTER TABLE family_groups ADD CONSTRAINT family_groups_family_check CHECK (family IN ('checkups', 'consents', 'dispensings', 'accesses'));
