-- Code items are edited by the system administrator: a version column detects concurrent edits (409).
ALTER TABLE code_items ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
