-- As-of reads filter on recorded_at but walk streams by version and the log by seq: this index only slowed appends.
drop index if exists es_events_recorded_at;
