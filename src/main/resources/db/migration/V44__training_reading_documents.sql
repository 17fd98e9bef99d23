-- The text of a required reading (规定篇目原文) uploaded by the county, for branches without a link to follow:
-- one document per reading, replaced by a new upload; checked by its first bytes (shared/UploadTypes).
CREATE TABLE training_reading_documents (
    reading_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES training_readings (id),
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_by   VARCHAR(50)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL
);
