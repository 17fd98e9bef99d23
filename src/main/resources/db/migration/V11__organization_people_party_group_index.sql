-- Members of a party group are found by their group (they are registered with the branch).
CREATE INDEX ix_people_party_group ON people (party_group_id);
