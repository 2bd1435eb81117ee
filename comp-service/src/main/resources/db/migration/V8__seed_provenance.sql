-- Provenance of the seeded bands (they are the seed's rows, created_by 'seed'; later versions are untouched).

-- Stock inside the range ("$150K-$350K(stock included)", 9.3) is not stock on top of it ("+stock", 9.1/9.2).
alter table comp_band drop constraint comp_band_equity_note_check;
alter table comp_band add constraint comp_band_equity_note_check
    check (equity_note in ('NONE', 'STOCK', 'SIGNIFICANT_STOCK', 'INCLUDED'));
update comp_band set equity_note = 'INCLUDED' where created_by = 'seed' and source like 'seed 9.3%';

-- 9.1 names rows Junior, Senior, Staff and Principal, not levels: which levels each covers is the platform's
-- reading, said on every band. They are the levels' titles (the section headings "Junior (L3-L4)",
-- "Senior (L5)", "Staff (L6)", "Principal (L7-L8)"), not table 1.1's stages, which call L4 "Early senior"
-- and L7 "Senior staff".
update comp_band set source = 'seed 9.1, row Junior: the title of L3 and L4 (section 2, "Junior (L3-L4)"); table 1.1'
    || ' calls L4''s stage Early senior'
where created_by = 'seed' and source = 'seed 9.1 (Junior)';
update comp_band set source = 'seed 9.1, row Senior: the title of L5 (section 3, "Senior (L5)")'
where created_by = 'seed' and source = 'seed 9.1 (Senior)';
update comp_band set source = 'seed 9.1, row Staff: the title of L6 (section 4, "Staff (L6)")'
where created_by = 'seed' and source = 'seed 9.1 (Staff)';
update comp_band set source = 'seed 9.1, row Principal: the title of L7 and L8 (section 5, "Principal (L7-L8)");'
    || ' table 1.1 calls L7''s stage Senior staff'
where created_by = 'seed' and source = 'seed 9.1 (Principal)';
update comp_band set source = 'seed 9.3, one range for every level (Korea-based, stock included)'
where created_by = 'seed' and source = 'seed 9.3 (Korea-based, any level)';

-- 9.4's "Options — startup land. 83(b) election." is US tax practice: an 83(b) election is a US filing, so
-- the bullet stays on the US bands only; the others keep the rest of 9.4.
update comp_band
set guidance = jsonb_set(guidance, '{equity}', '"RSU (Restricted Stock) — 4-year vest, 1-year cliff."')
            || '{"source": "seed 9.4 (without its Options / 83(b) bullet, a US election)"}'::jsonb
where created_by = 'seed' and market <> 'US' and guidance ->> 'source' = 'seed 9.4';
