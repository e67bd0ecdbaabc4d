-- A big campaign's month of attainment rows is megabytes of JSON, compressed when stored (TOAST). pglz, the
-- default, compresses at a fraction of the speed lz4 does, and a recompute or a rebuild writes every month's rows:
-- lz4 for new values (PostgreSQL 14+, built with lz4 as Debian's packages are).
alter table analytics_results alter column rows set compression lz4;
