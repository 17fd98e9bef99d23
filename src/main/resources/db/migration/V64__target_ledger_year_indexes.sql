-- The ledger at county scale (5 years, ≈500,000 entries): the rollups and the letters' progress read one year of the
-- orgs under an org. By org and year (with the task, the date and the id the grouped reads need, so PostgreSQL reads
-- the index only) instead of every year's rows through (org_id, entry_date); quantity lines with their unit and amount
-- beside the entry id, so summing a year's lines reads that index only.
CREATE INDEX ix_ledger_diary_org_year ON ledger_diary_entries (org_id, entry_year, task_id, entry_date, id);
CREATE INDEX ix_ledger_diary_quantities_lines ON ledger_diary_quantities (entry_id, unit, quantity);
