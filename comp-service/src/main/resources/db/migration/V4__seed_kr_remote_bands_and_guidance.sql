-- Seed: tables 9.1 (Korea, 2025; KRW given in millions, stored in full KRW) and 9.3 (global remote from
-- Korea: one range for every level, stock included). The Korean table names stages: Junior covers L3-L4
-- and Principal L7-L8 (seed sections 2 and 5), so those rows are stored for both levels.
insert into comp_band (id, series_id, framework_slug, level_code, market, segment, currency, total_comp_min,
                       total_comp_max, open_ended, equity_note, visibility, effective_from, source_label, source,
                       created_by)
select id, id, 'ai-engineer', level_code, market, segment, currency, total_comp_min, total_comp_max, open_ended,
       equity_note, 'INTERNAL', DATE '2025-01-01', source_label, source, 'seed'
from (select gen_random_uuid() as id, cell.*
      from (values
    ('L3', 'KR', 'NAVER_KAKAO', 'KRW', 60000000.00, 80000000.00, false, 'NONE', '60-80M KRW', 'seed 9.1 (Junior)'),
    ('L3', 'KR', 'CONGLOMERATE', 'KRW', 55000000.00, 70000000.00, false, 'NONE', '55-70M', 'seed 9.1 (Junior)'),
    ('L3', 'KR', 'UNICORN', 'KRW', 65000000.00, 90000000.00, false, 'NONE', '65-90M', 'seed 9.1 (Junior)'),
    ('L3', 'KR', 'EARLY_STAGE', 'KRW', 55000000.00, 75000000.00, false, 'NONE', '55-75M', 'seed 9.1 (Junior)'),
    ('L4', 'KR', 'NAVER_KAKAO', 'KRW', 60000000.00, 80000000.00, false, 'NONE', '60-80M KRW', 'seed 9.1 (Junior)'),
    ('L4', 'KR', 'CONGLOMERATE', 'KRW', 55000000.00, 70000000.00, false, 'NONE', '55-70M', 'seed 9.1 (Junior)'),
    ('L4', 'KR', 'UNICORN', 'KRW', 65000000.00, 90000000.00, false, 'NONE', '65-90M', 'seed 9.1 (Junior)'),
    ('L4', 'KR', 'EARLY_STAGE', 'KRW', 55000000.00, 75000000.00, false, 'NONE', '55-75M', 'seed 9.1 (Junior)'),
    ('L5', 'KR', 'NAVER_KAKAO', 'KRW', 100000000.00, 130000000.00, false, 'NONE', '100-130M', 'seed 9.1 (Senior)'),
    ('L5', 'KR', 'CONGLOMERATE', 'KRW', 85000000.00, 110000000.00, false, 'NONE', '85-110M', 'seed 9.1 (Senior)'),
    ('L5', 'KR', 'UNICORN', 'KRW', 110000000.00, 150000000.00, false, 'NONE', '110-150M', 'seed 9.1 (Senior)'),
    ('L5', 'KR', 'EARLY_STAGE', 'KRW', 100000000.00, 140000000.00, false, 'STOCK', '100-140M+stock', 'seed 9.1 (Senior)'),
    ('L6', 'KR', 'NAVER_KAKAO', 'KRW', 150000000.00, 200000000.00, false, 'NONE', '150-200M', 'seed 9.1 (Staff)'),
    ('L6', 'KR', 'CONGLOMERATE', 'KRW', 120000000.00, 150000000.00, false, 'NONE', '120-150M', 'seed 9.1 (Staff)'),
    ('L6', 'KR', 'UNICORN', 'KRW', 170000000.00, 230000000.00, false, 'NONE', '170-230M', 'seed 9.1 (Staff)'),
    ('L6', 'KR', 'EARLY_STAGE', 'KRW', 150000000.00, 200000000.00, false, 'STOCK', '150-200M+stock', 'seed 9.1 (Staff)'),
    ('L7', 'KR', 'NAVER_KAKAO', 'KRW', 200000000.00, 300000000.00, true, 'NONE', '200-300M+', 'seed 9.1 (Principal)'),
    ('L7', 'KR', 'CONGLOMERATE', 'KRW', 170000000.00, 220000000.00, false, 'NONE', '170-220M', 'seed 9.1 (Principal)'),
    ('L7', 'KR', 'UNICORN', 'KRW', 250000000.00, 400000000.00, true, 'NONE', '250-400M+', 'seed 9.1 (Principal)'),
    ('L7', 'KR', 'EARLY_STAGE', 'KRW', 200000000.00, null, true, 'SIGNIFICANT_STOCK', '200M+significant stock', 'seed 9.1 (Principal)'),
    ('L8', 'KR', 'NAVER_KAKAO', 'KRW', 200000000.00, 300000000.00, true, 'NONE', '200-300M+', 'seed 9.1 (Principal)'),
    ('L8', 'KR', 'CONGLOMERATE', 'KRW', 170000000.00, 220000000.00, false, 'NONE', '170-220M', 'seed 9.1 (Principal)'),
    ('L8', 'KR', 'UNICORN', 'KRW', 250000000.00, 400000000.00, true, 'NONE', '250-400M+', 'seed 9.1 (Principal)'),
    ('L8', 'KR', 'EARLY_STAGE', 'KRW', 200000000.00, null, true, 'SIGNIFICANT_STOCK', '200M+significant stock', 'seed 9.1 (Principal)'),
    ('L3', 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'USD', 150000.00, 350000.00, false, 'STOCK', '$150K-$350K(stock included)', 'seed 9.3 (Korea-based, any level)'),
    ('L4', 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'USD', 150000.00, 350000.00, false, 'STOCK', '$150K-$350K(stock included)', 'seed 9.3 (Korea-based, any level)'),
    ('L5', 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'USD', 150000.00, 350000.00, false, 'STOCK', '$150K-$350K(stock included)', 'seed 9.3 (Korea-based, any level)'),
    ('L6', 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'USD', 150000.00, 350000.00, false, 'STOCK', '$150K-$350K(stock included)', 'seed 9.3 (Korea-based, any level)'),
    ('L7', 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'USD', 150000.00, 350000.00, false, 'STOCK', '$150K-$350K(stock included)', 'seed 9.3 (Korea-based, any level)'),
    ('L8', 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'USD', 150000.00, 350000.00, false, 'STOCK', '$150K-$350K(stock included)', 'seed 9.3 (Korea-based, any level)')
      ) as cell (level_code, market, segment, currency, total_comp_min, total_comp_max, open_ended, equity_note,
                 source_label, source)) as seeded;

-- Seed 9.4 (comp structure) as the component guidance of every seeded band.
update comp_band set guidance = '{
  "base": "Base salary — fixed, monthly.",
  "bonusTargetMinPercent": 10, "bonusTargetMaxPercent": 25, "bonus": "Bonus — 10-25% per year.",
  "equity": "RSU (Restricted Stock) — 4-year vest, 1-year cliff. Options — startup land. 83(b) election.",
  "vestingYears": 4, "cliffMonths": 12,
  "signOn": "Sign-on — a switching incentive.",
  "refresh": "Refresh grant — additional RSU each year.",
  "source": "seed 9.4"
}'::jsonb
where created_by = 'seed';
