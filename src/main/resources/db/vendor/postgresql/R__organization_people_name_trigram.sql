-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the people lists' name search by index.
-- A trigram GIN index serves name LIKE '%…%' for three characters or more and LIKE '…%' / '%…' for one or two
-- (organization/NameSearch), together with the scope, across a province's two million people. Chinese characters
-- are word characters under the database's UTF-8 ctype, so 张三丰 has the trigrams "  张", " 张三", "张三丰", "三丰 ".
-- Repeatable (no version number): H2 has no such index and keeps the plain name index of V2, while both databases
-- share one numbered history. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the owner of
-- the database may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS ix_people_name_trigram ON people USING gin (name gin_trgm_ops);
