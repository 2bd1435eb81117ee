-- Promotion packets: an employee's case for the next level in a cycle, with evidence, reviews and a decision.
create table promotion_packet (
    id                uuid primary key,
    cycle_id          uuid         not null references promotion_cycle (id),
    employee_id       varchar(64)  not null,
    manager_id        varchar(64)  not null,
    framework_slug    varchar(64)  not null,
    current_level     varchar(16)  not null,
    target_level      varchar(16)  not null,
    archetype         varchar(16) check (archetype in ('TECH_LEAD', 'ARCHITECT', 'SOLVER', 'RIGHT_HAND')),
    narrative         text         not null,
    self_assessment   jsonb        not null,
    status            varchar(16)  not null
        check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'PROMOTED', 'NOT_YET', 'WITHDRAWN')),
    revision          integer      not null default 0,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    submitted_at      timestamptz,
    endorsed_by       varchar(200),
    endorsed_at       timestamptz,
    decided_by        varchar(200),
    decided_at        timestamptz,
    decision_feedback text
);

create index promotion_packet_employee on promotion_packet (employee_id);
create index promotion_packet_manager on promotion_packet (manager_id);

create table evidence_item (
    id          uuid primary key,
    packet_id   uuid          not null references promotion_packet (id),
    kind        varchar(32)   not null,
    title       varchar(300)  not null,
    url         varchar(2000) not null,
    happened_on date          not null,
    role        varchar(16)   not null,
    doc_status  varchar(16),
    axes        jsonb         not null,
    competencies jsonb        not null,
    impact      text,
    created_at  timestamptz   not null
);

create index evidence_item_packet on evidence_item (packet_id, happened_on);

create table packet_review (
    packet_id      uuid         not null references promotion_packet (id),
    reviewer       varchar(200) not null,
    recommendation varchar(16)  not null check (recommendation in ('PROMOTE', 'NOT_YET', 'RECUSE')),
    comments       text,
    reviewed_at    timestamptz  not null,
    primary key (packet_id, reviewer)
);
