-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): a one-character search across a city or a
-- province (organization/NameSearch, broad) reads the people whose name starts with the character, and those whose
-- name ends with it, each in name order, and keeps the first thousand: these indexes give each part in that order, so
-- it stops after its first thousand entries instead of reading and sorting the surname's 50,000 people.
CREATE INDEX IF NOT EXISTS ix_people_name_first ON people ((SUBSTRING(name, 1, 1)), name);
CREATE INDEX IF NOT EXISTS ix_people_name_last ON people ((SUBSTRING(name, CHAR_LENGTH(name), 1)), name);
