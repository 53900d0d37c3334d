-- Internal users of the system's operating organisation: analysts (aggregates only), operators
-- (declare disasters, register terminals and emergency IDs) and auditors (read access logs).
-- They sign in with an internal login, not an institution's; their role is looked up here,
-- never taken from a token. The `internal-` prefix keeps their login ids apart from staff
-- login ids (institution code and number) and person ids (UUIDs): a token's subject names
-- one registry only.
CREATE TABLE internal_users (
  id       bigint PRIMARY KEY,
  login_id text NOT NULL UNIQUE CHECK (login_id ~ '^internal-[a-z0-9-]{1,54}$'),
  name     text NOT NULL,
  role     text NOT NULL CHECK (role IN ('ANALYST', 'OPERATOR', 'AUDITOR'))
);
