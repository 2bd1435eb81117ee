-- Proposals to move a person into a new level's band (from the promotion flow); comp-admin decides.
-- source_event_id makes a redelivered event a no-op.
create table adjustment_proposal (
    id               uuid primary key,
    employee_id      varchar(64)    not null,
    framework_slug   varchar(64)    not null,
    new_level        varchar(16)    not null,
    effective_from   date           not null,
    source_event_id  varchar(200) unique,
    status           varchar(16)    not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    current_record   uuid           not null references comp_record (id),
    band_id          uuid           not null references comp_band (id),
    proposed_base    numeric(19, 2) not null check (proposed_base > 0),
    decision_note    text,
    created_by       varchar(200)   not null,
    created_at       timestamptz    not null,
    decided_by       varchar(200),
    decided_at       timestamptz
);

create index adjustment_proposal_status on adjustment_proposal (status, created_at);
