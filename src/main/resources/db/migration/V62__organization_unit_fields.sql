-- The organization record's unit fields and 党组织代码, as the national organization data carries them (issue 16,
-- item 6): 党组织代码 (unique when present), 单位名称, 单位类别, 单位代码 (统一社会信用代码, GB 32100-2015),
-- 单位建立党组织情况, 组建方式, 批准建立日期.
-- The national code lists for 单位类别, 单位建立党组织情况 and 组建方式 are not in the project's copy of the national
-- codes (shared/domain/national-codes.md), so these ship as short editable lists with the common values; their codes
-- are this system's own and the county's administrator adjusts them once the national lists are at hand.
ALTER TABLE orgs ADD COLUMN party_code VARCHAR(30);
ALTER TABLE orgs ADD COLUMN unit_name VARCHAR(120);
ALTER TABLE orgs ADD COLUMN unit_category VARCHAR(10);
ALTER TABLE orgs ADD COLUMN unit_code VARCHAR(18);
ALTER TABLE orgs ADD COLUMN unit_party_status VARCHAR(10);
ALTER TABLE orgs ADD COLUMN formation VARCHAR(10);
ALTER TABLE orgs ADD COLUMN approved_on DATE;
CREATE UNIQUE INDEX ux_orgs_party_code ON orgs (party_code);

INSERT INTO code_lists (list_code, name, description) VALUES
('ORG_UNIT_CATEGORY', '单位类别', '党组织所在单位的类别；常用值，代码为本系统暂定，可按全国代码表调整'),
('ORG_UNIT_PARTY_STATUS', '单位建立党组织情况', '常用值，代码为本系统暂定，可按全国代码表调整'),
('ORG_FORMATION', '组建方式', '单独组建、联合组建、挂靠组建，可编辑');

INSERT INTO code_items (list_code, code, label, sort_order) VALUES
('ORG_UNIT_CATEGORY', '11', '党政机关', 1),
('ORG_UNIT_CATEGORY', '21', '事业单位', 2),
('ORG_UNIT_CATEGORY', '31', '公有制企业', 3),
('ORG_UNIT_CATEGORY', '32', '非公有制企业', 4),
('ORG_UNIT_CATEGORY', '41', '社会组织', 5),
('ORG_UNIT_CATEGORY', '51', '乡镇', 6),
('ORG_UNIT_CATEGORY', '52', '村', 7),
('ORG_UNIT_CATEGORY', '53', '社区', 8),
('ORG_UNIT_CATEGORY', '99', '其他', 9),
('ORG_UNIT_PARTY_STATUS', '1', '建立党委', 1),
('ORG_UNIT_PARTY_STATUS', '2', '建立党总支', 2),
('ORG_UNIT_PARTY_STATUS', '3', '建立党支部', 3),
('ORG_UNIT_PARTY_STATUS', '4', '与其他单位联合建立党组织', 4),
('ORG_UNIT_PARTY_STATUS', '5', '未建立党组织', 5),
('ORG_FORMATION', '1', '单独组建', 1),
('ORG_FORMATION', '2', '联合组建', 2),
('ORG_FORMATION', '3', '挂靠组建', 3);
