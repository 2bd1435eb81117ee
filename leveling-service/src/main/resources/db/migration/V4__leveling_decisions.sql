-- Hiring-committee leveling decisions, pinned to the framework version they were made under.
-- A FINAL decision never changes; a correction is a new decision whose `supersedes` names it.
create table leveling_decision (
    id                uuid primary key,
    candidate_id      varchar(100) not null,
    framework_slug    varchar(64)  not null,
    framework_version integer      not null,
    proposed_level    varchar(16)  not null,
    final_level       varchar(16),
    rationale         text         not null,
    chair             varchar(200) not null,
    status            varchar(16)  not null check (status in ('OPEN', 'FINAL')),
    signals           jsonb        not null,
    supersedes        uuid references leveling_decision (id),
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    finalized_by      varchar(200),
    finalized_at      timestamptz,
    check ((status = 'FINAL') = (final_level is not null and finalized_at is not null))
);

-- A decision is corrected at most once; a correction of the correction chains on.
create unique index leveling_decision_one_correction on leveling_decision (supersedes) where supersedes is not null;
create index leveling_decision_listing on leveling_decision (created_at desc, id desc);
create index leveling_decision_candidate on leveling_decision (candidate_id);

create table decision_vote (
    decision_id uuid         not null references leveling_decision (id),
    voter       varchar(200) not null,
    level       varchar(16),
    recused     boolean      not null,
    dissent     text,
    cast_at     timestamptz  not null,
    primary key (decision_id, voter),
    check (recused or level is not null)
);
