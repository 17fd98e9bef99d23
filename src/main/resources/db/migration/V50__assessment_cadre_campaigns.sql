-- 村干部考核 (德、能、勤、绩、廉) runs as a campaign over village cadres. An entry of such a campaign judges one cadre:
-- the person, with the name and the paid posts they held on the day the campaign was opened (a 一肩挑 secretary is
-- one entry with both posts); it belongs to the cadre's village branch (org_id) for scope and the review chain.
-- Entries of a branch or township campaign leave these columns empty. An entry has its own review item; a cadre
-- is judged once per campaign.
UPDATE assessment_schemes SET subject_kind = 'VILLAGE_CADRE' WHERE subject_kind = 'CADRE';

ALTER TABLE campaign_entries ADD COLUMN person_id BIGINT;
ALTER TABLE campaign_entries ADD COLUMN person_name VARCHAR(60);
ALTER TABLE campaign_entries ADD COLUMN posts VARCHAR(200);
ALTER TABLE campaign_entries ADD CONSTRAINT fk_campaign_entries_person FOREIGN KEY (person_id) REFERENCES people (id);
ALTER TABLE campaign_entries DROP CONSTRAINT uq_campaign_entries_org;
ALTER TABLE campaign_entries ADD CONSTRAINT uq_campaign_entries_item UNIQUE (item_id);
ALTER TABLE campaign_entries ADD CONSTRAINT uq_campaign_entries_person UNIQUE (campaign_id, person_id);
CREATE INDEX ix_campaign_entries_person ON campaign_entries (person_id);
