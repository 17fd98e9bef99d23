-- An indicator may take its input from a metric another module publishes (e.g. org.committee_complete); null means
-- the input is entered by hand. The code names a MetricSource's metric, not a table: no foreign key.
ALTER TABLE assessment_indicators ADD COLUMN metric_code VARCHAR(80);
