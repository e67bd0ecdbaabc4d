-- v2 (SPEC §3 "Flows before the last month"): a sum indicator's ratio before the campaign's last month is judged
-- against its pro-rated target and baseline, and rows carry expected_baseline. Stored rows were computed against the
-- whole year: recompute every campaign. Until then the rows are not fresh and answers are computed.
insert into analytics_dirty (campaign, from_period) select code, null from rm_campaigns
on conflict (campaign) do update set from_period = null;
