-- 三员分立 by construction: an account the security administrator creates, moves into another register role or org,
-- or whose password they reset, waits for a second person's confirmation (pending_action) before it can sign in.
-- Who proposed and who confirmed are kept on the account and in the audit log.
ALTER TABLE accounts ADD COLUMN pending_action VARCHAR(20);
ALTER TABLE accounts ADD COLUMN proposed_by VARCHAR(50);
ALTER TABLE accounts ADD COLUMN confirmed_by VARCHAR(50);
