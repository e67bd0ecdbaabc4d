-- Stored analytics rows as json, not jsonb: a recompute writes every month's rows (megabytes of JSON for a big
-- campaign) and jsonb parsed and compressed each on insert, most of the recompute's time. Nothing queries inside
-- them; the one reader (StoredAnalytics) serves the stored text as it is (rows::text), the bytes a computed answer has.
alter table analytics_results alter column rows type json using rows::json;
