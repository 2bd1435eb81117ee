-- Seed: table 9.2 of the AI Engineer career guide (US, 2025, per Levels.fyi), total comp in USD.
-- source_label keeps each cell as written; open upper bounds and '+stock' notes are preserved.
-- Internal until comp-admin publishes them (pay transparency is a decision, not a default).
insert into comp_band (id, framework_slug, level_code, market, segment, currency, total_comp_min, total_comp_max,
                       open_ended, equity_note, visibility, effective_from, source_label, source, created_by)
values
    (gen_random_uuid(), 'ai-engineer', 'L3', 'US', 'BIG_TECH', 'USD', 200000.00, 270000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$200K-$270K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L3', 'US', 'FRONTIER_LAB', 'USD', 350000.00, null, true, 'NONE', 'INTERNAL', DATE '2025-01-01', '$350K+', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L3', 'US', 'UNICORN', 'USD', 220000.00, 280000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$220K-$280K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L3', 'US', 'EARLY_STAGE', 'USD', 180000.00, 250000.00, false, 'STOCK', 'INTERNAL', DATE '2025-01-01', '$180K-$250K+stock', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L4', 'US', 'BIG_TECH', 'USD', 280000.00, 380000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$280K-$380K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L4', 'US', 'FRONTIER_LAB', 'USD', 450000.00, null, true, 'NONE', 'INTERNAL', DATE '2025-01-01', '$450K+', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L4', 'US', 'UNICORN', 'USD', 300000.00, 400000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$300K-$400K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L4', 'US', 'EARLY_STAGE', 'USD', 220000.00, 320000.00, false, 'STOCK', 'INTERNAL', DATE '2025-01-01', '$220K-$320K+stock', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L5', 'US', 'BIG_TECH', 'USD', 380000.00, 550000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$380K-$550K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L5', 'US', 'FRONTIER_LAB', 'USD', 600000.00, 900000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$600K-$900K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L5', 'US', 'UNICORN', 'USD', 400000.00, 600000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$400K-$600K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L5', 'US', 'EARLY_STAGE', 'USD', 300000.00, 450000.00, false, 'STOCK', 'INTERNAL', DATE '2025-01-01', '$300K-$450K+stock', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L6', 'US', 'BIG_TECH', 'USD', 600000.00, 900000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$600K-$900K', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L6', 'US', 'FRONTIER_LAB', 'USD', 900000.00, 1500000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$900K-$1.5M', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L6', 'US', 'UNICORN', 'USD', 700000.00, 1200000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$700K-$1.2M', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L6', 'US', 'EARLY_STAGE', 'USD', 450000.00, 700000.00, false, 'STOCK', 'INTERNAL', DATE '2025-01-01', '$450K-$700K+stock', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L7', 'US', 'BIG_TECH', 'USD', 900000.00, 1500000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$900K-$1.5M', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L7', 'US', 'FRONTIER_LAB', 'USD', 1500000.00, 3000000.00, true, 'NONE', 'INTERNAL', DATE '2025-01-01', '$1.5M-$3M+', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L7', 'US', 'UNICORN', 'USD', 1000000.00, 2000000.00, false, 'NONE', 'INTERNAL', DATE '2025-01-01', '$1M-$2M', 'seed 9.2', 'seed'),
    (gen_random_uuid(), 'ai-engineer', 'L7', 'US', 'EARLY_STAGE', 'USD', 700000.00, 1200000.00, false, 'SIGNIFICANT_STOCK', 'INTERNAL', DATE '2025-01-01', '$700K-$1.2M+significant', 'seed 9.2', 'seed');
