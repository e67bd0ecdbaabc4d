-- A unit's record (/units/{u}, `thidua history`) first asks which campaigns the unit has a target or a rating in. The
-- primary keys lead with the campaign, so that was a scan of every target: 0.71–0.94 s on 1.7M targets, on every page
-- view. By unit (the campaign beside it, so the index alone answers): under 1 ms (docs/pages.md, "Quá trình thi đua").
create index if not exists rm_targets_unit on rm_targets (unit, campaign);
create index if not exists rm_ratings_unit on rm_ratings (unit, campaign);
