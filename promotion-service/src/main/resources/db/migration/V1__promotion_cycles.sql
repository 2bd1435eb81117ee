-- A promotion cycle: packets may be submitted between submission_opens and submission_closes (inclusive).
create table promotion_cycle (
    id                uuid primary key,
    name              varchar(200) not null unique,
    framework_slug    varchar(64)  not null,
    submission_opens  date         not null,
    submission_closes date         not null,
    status            varchar(16)  not null check (status in ('OPEN', 'CLOSED')),
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    check (submission_opens <= submission_closes)
);

create index promotion_cycle_status on promotion_cycle (status, submission_opens desc);
