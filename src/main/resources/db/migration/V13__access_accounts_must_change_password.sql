-- A password set by the security administrator (new account, reset) is one-time: the user changes it at next sign-in.
ALTER TABLE accounts ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
