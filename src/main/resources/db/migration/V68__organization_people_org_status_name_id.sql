-- The people's index of org, status and name also holds the id, so a search within a county or a township finds and
-- counts the matching names from the index alone (an index-only scan on PostgreSQL) and reads only the page's rows
-- (organization/PeopleQueries; 31 ms -> 8 ms for a surname in a county of the province, docs/benchmarks.md). It
-- serves everything the narrower index served.
CREATE INDEX ix_people_org_status_name_id ON people (org_id, political_status, name, id);
DROP INDEX ix_people_org_status_name;
