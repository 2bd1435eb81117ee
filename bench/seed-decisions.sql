-- Scenario 7's data: :target decisions in leveling-service's database, as hiring committees leave them
-- (finalized, two interview signals, one vote each), spread over two years. Seeded rows are marked by
-- their candidate id (seed-<n>) and topped up to :target, so a second run adds nothing.
insert into leveling_decision (id, candidate_id, framework_slug, framework_version, proposed_level, final_level,
                               rationale, chair, status, signals, created_by, created_at, finalized_by, finalized_at)
select gen_random_uuid(),
       'seed-' || n,
       'ai-engineer',
       1,
       'L' || (3 + n % 6),
       'L' || (3 + n % 6),
       'Seeded for the decision-listing benchmark.',
       'hana',
       'FINAL',
       '[{"round": "SYSTEM_DESIGN", "interviewer": "hugo", "scores": {"SYSTEM_DESIGN": 3}, "recommendedLevel": "L5"},
         {"round": "CODING", "interviewer": "hilda", "scores": {"TECHNICAL_DEPTH": 4}, "recommendedLevel": "L5"}]',
       'bench',
       now() - interval '1 hour' - (n * interval '63 seconds'),
       'hana',
       now() - (n * interval '63 seconds')
from generate_series((select count(*) from leveling_decision where candidate_id like 'seed-%') + 1, :target) as n;

insert into decision_vote (decision_id, voter, level, recused, dissent, cast_at)
select d.id, 'hana', d.final_level, false, null, d.created_at
from leveling_decision d
where d.candidate_id like 'seed-%'
  and not exists (select 1 from decision_vote v where v.decision_id = d.id);

analyze leveling_decision;
analyze decision_vote;
