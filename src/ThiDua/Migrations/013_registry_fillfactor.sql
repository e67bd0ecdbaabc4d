-- A monthly import corrects a month already stored: each correction is a new version of its registry row. With full
-- pages that version lands on another page and adds an entry to the primary key; with a tenth of each page kept free
-- it stays on its page and the index is not touched (a HOT update). Applies to pages written from now on: an existing
-- database's table is rewritten so by its next `thidua projections rebuild` (which truncates and refills it).
alter table rm_measurements set (fillfactor = 90);
