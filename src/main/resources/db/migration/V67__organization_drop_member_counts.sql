-- The members registered with each org (org_member_counts, V33) are kept a second time in org_register_figures (V65:
-- 'status:FULL' and 'status:PROBATIONARY' of each org's whole subtree), which the tree, the home page and the
-- organization metrics now all read; every write of a person maintained both. The first copy goes.
DROP TABLE org_member_counts;
