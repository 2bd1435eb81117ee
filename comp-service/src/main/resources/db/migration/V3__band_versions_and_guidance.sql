-- A band is a series of effective-dated versions: a change closes the version in force and opens the
-- next one; series_id names the band across its versions.
alter table comp_band add column series_id uuid;
update comp_band set series_id = id;
alter table comp_band alter column series_id set not null;
create index comp_band_series on comp_band (series_id, effective_from);

-- Component guidance (base range, bonus target, equity and vesting, sign-on, refresh) as one document.
alter table comp_band add column guidance jsonb;
