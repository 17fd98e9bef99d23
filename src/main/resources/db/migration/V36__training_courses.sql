-- 调训: a county course is a training session of mode 上级调训 (07) owned by the county, with seats, optional
-- per-township quotas, and the people selected for it. Completion (结业) credits the session's hours through
-- training_attendance; selected but not completed credits none.
CREATE TABLE training_courses (
    session_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES training_sessions (id),
    seats       INT     NOT NULL
);

CREATE TABLE course_quotas (
    session_id  BIGINT  NOT NULL REFERENCES training_sessions (id),
    org_id      BIGINT  NOT NULL REFERENCES orgs (id),
    seats       INT     NOT NULL,
    PRIMARY KEY (session_id, org_id)
);

CREATE TABLE course_participants (
    session_id       BIGINT        NOT NULL REFERENCES training_sessions (id),
    person_id        BIGINT        NOT NULL REFERENCES people (id),
    selected_by_org  BIGINT        NOT NULL REFERENCES orgs (id),
    status           VARCHAR(10)   NOT NULL,
    reason           VARCHAR(200),
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX ix_course_participants_person ON course_participants (person_id);
