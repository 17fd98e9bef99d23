-- A township officer's workbench counts the meetings waiting for review under the township: by status, then org, so
-- the count reads the submitted ones only, not every meeting of the county's five years (64,000 at county scale).
CREATE INDEX ix_org_meetings_status_org ON org_meetings (status, org_id);
