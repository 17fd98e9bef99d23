-- Rollups the training dashboards read instead of summing raw records (issue #4 performance). Each is kept in step
-- by the writing transaction: a write recounts the cells it touched from the raw records under a lock on the
-- owner row (the person, the org), so the rollup always equals a recount. Bulk loaders (demo, generator) rebuild
-- them when they finish. Filled here from the records already held.

-- A person's training hours in a year: hours credited by attended sessions (by the session's start date) and by
-- studies of required readings (by the study date).
CREATE TABLE training_person_hours (
    person_id   BIGINT        NOT NULL REFERENCES people (id),
    hours_year  INT           NOT NULL,
    hours       DECIMAL(8, 1) NOT NULL,
    PRIMARY KEY (person_id, hours_year)
);
INSERT INTO training_person_hours (person_id, hours_year, hours)
SELECT person_id, y, SUM(h) FROM (
    SELECT a.person_id, EXTRACT(YEAR FROM s.start_date) AS y, a.hours AS h
    FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.attended
    UNION ALL
    SELECT r.person_id, EXTRACT(YEAR FROM r.studied_on) AS y, r.hours AS h FROM reading_studies r
) x GROUP BY person_id, y;

-- Meetings an org held per type and month (records not returned by the township), what compliance counts.
CREATE TABLE org_meeting_months (
    org_id         BIGINT       NOT NULL REFERENCES orgs (id),
    meeting_year   INT          NOT NULL,
    meeting_month  INT          NOT NULL,
    meeting_type   VARCHAR(10)  NOT NULL,
    held           INT          NOT NULL,
    PRIMARY KEY (org_id, meeting_year, meeting_type, meeting_month)
);
CREATE INDEX ix_org_meeting_months_year ON org_meeting_months (meeting_year, org_id);
INSERT INTO org_meeting_months (org_id, meeting_year, meeting_month, meeting_type, held)
SELECT org_id, EXTRACT(YEAR FROM held_on), EXTRACT(MONTH FROM held_on), meeting_type, COUNT(*)
FROM org_meetings WHERE status <> 'RETURNED'
GROUP BY org_id, EXTRACT(YEAR FROM held_on), EXTRACT(MONTH FROM held_on), meeting_type;
