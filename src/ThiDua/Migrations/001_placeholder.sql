-- The product's read models start here; each feature adds its own numbered script.
select 1;
