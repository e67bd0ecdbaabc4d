-- Stored rows now write scores with 2 decimals, ratios with 4 and other numbers trimmed (as the CSV does), not in
-- whatever scale each decimal carried: recompute every campaign. Until then the rows are not fresh and answers are computed.
insert into analytics_dirty (campaign, from_period) select code, null from rm_campaigns
on conflict (campaign) do update set from_period = null;
