-- Audit log hash chain: each entry's hash covers the previous entry's hash and its own content (audit/AuditChain).
-- chain_seq orders the chain; entries written before this migration keep their id as their place and are hashed by
-- the application under the chain lock on the first audit write or verification after it (head.last_hash NULL).
ALTER TABLE audit_entries ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_entries ADD COLUMN entry_hash VARCHAR(64);
UPDATE audit_entries SET chain_seq = id;
CREATE UNIQUE INDEX ux_audit_entries_chain ON audit_entries (chain_seq);

-- The head of the chain: one row, locked by every writer while it appends (serializes concurrent writers).
CREATE TABLE audit_chain (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64)
);
INSERT INTO audit_chain (id, last_seq, last_hash) SELECT 1, COALESCE(MAX(id), 0), NULL FROM audit_entries;

-- A member import is owned by the instance validating it: that instance renews the lease while it works; another
-- instance's restart leaves it alone, and only an import whose lease has run out is failed (organization/MemberImportLeases).
ALTER TABLE member_imports ADD COLUMN owner VARCHAR(100);
ALTER TABLE member_imports ADD COLUMN lease_until TIMESTAMP;
