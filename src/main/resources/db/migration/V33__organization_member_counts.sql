-- Members (正式 and 预备党员) registered directly with each org, kept in step by every write of a person's org or
-- status, so the tree sums a subtree's counts over the closure table instead of counting its people
-- (at province scale a province's subtree holds two million people but only some tens of thousands of orgs).
CREATE TABLE org_member_counts (
    org_id   BIGINT NOT NULL PRIMARY KEY REFERENCES orgs (id),
    members  BIGINT NOT NULL
);
INSERT INTO org_member_counts (org_id, members)
SELECT org_id, COUNT(*) FROM people WHERE political_status <> 'NONE' GROUP BY org_id;
