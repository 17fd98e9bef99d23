-- The home page's register figures of every org's whole subtree (orgs by type, people by political status, members
-- by flag, birth year and 学历), kept in step by organization/RegisterFigures in the same transaction as every write
-- of a person or an org, so the home page of a county or a province reads its own few dozen rows instead of
-- aggregating up to two million people. A figure is named 'orgs:TOWNSHIP', 'status:FULL', 'flag:migrant',
-- 'birth_year:1958', 'education:21' ('education:' when none).
CREATE TABLE org_register_figures (
    org_id  BIGINT      NOT NULL REFERENCES orgs (id),
    figure  VARCHAR(40) NOT NULL,
    total   BIGINT      NOT NULL,
    PRIMARY KEY (org_id, figure)
);
INSERT INTO org_register_figures (org_id, figure, total)
SELECT t.ancestor_id, d.figure, SUM(d.total)
FROM (SELECT org_id, figure, COUNT(*) AS total FROM (
          SELECT id AS org_id, 'orgs:' || org_type AS figure FROM orgs
          UNION ALL SELECT org_id, 'status:' || political_status FROM people
          UNION ALL SELECT org_id, 'flag:migrant' FROM people WHERE political_status <> 'NONE' AND migrant
          UNION ALL SELECT org_id, 'flag:hardship' FROM people WHERE political_status <> 'NONE' AND hardship
          UNION ALL SELECT org_id, 'flag:lost_contact' FROM people WHERE political_status <> 'NONE' AND lost_contact
          UNION ALL SELECT org_id, 'flag:women' FROM people WHERE political_status <> 'NONE' AND gender = '2'
          UNION ALL SELECT org_id, 'birth_year:' || CAST(CAST(EXTRACT(YEAR FROM birth_date) AS INTEGER) AS VARCHAR(4))
              FROM people WHERE political_status <> 'NONE'
          UNION ALL SELECT org_id, 'education:' || COALESCE(education, '') FROM people
              WHERE political_status <> 'NONE'
      ) x GROUP BY org_id, figure) d
JOIN org_tree t ON t.descendant_id = d.org_id
GROUP BY t.ancestor_id, d.figure;
