-- The people record: who works here, whom they report to, and which level they hold since when.
-- HR systems provision it over SCIM (scim_id is the SCIM resource id) or by bulk import; levels change
-- only by hires, promotions, corrections and imports, each a row of person_level_change.
create table person (
    employee_id    varchar(64)  primary key,
    scim_id        uuid         not null unique,
    user_name      varchar(256) not null,
    external_id    varchar(256),
    display_name   varchar(200),
    given_name     varchar(100),
    family_name    varchar(100),
    email          varchar(320),
    -- Deferred: a bulk import names managers that come later in the same file.
    manager_id     varchar(64)  references person (employee_id) deferrable initially deferred,
    framework_slug varchar(64),
    track          varchar(64),
    market         varchar(16)  check (market in ('KR', 'US', 'GLOBAL_REMOTE')),
    active         boolean      not null,
    -- The candidate of the leveling decision this person was hired from.
    candidate_id   varchar(100) unique,
    revision       integer      not null default 0,
    created_by     varchar(200) not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    check (manager_id <> employee_id)
);

-- SCIM userName is unique and compared without case (RFC 7643 caseExact false).
create unique index person_user_name on person (lower(user_name));
create unique index person_external_id on person (external_id) where external_id is not null;
create index person_reports on person (manager_id, employee_id);

-- Every level a person held, from the day it took effect: the level in force on a day is the row with
-- the latest effective_from on or before it (the later recorded one on a tie).
create table person_level_change (
    id                uuid         primary key,
    seq               bigint       generated always as identity,
    employee_id       varchar(64)  not null references person (employee_id),
    effective_from    date         not null,
    framework_slug    varchar(64)  not null,
    framework_version integer      not null,
    level             varchar(16)  not null,
    reason            varchar(16)  not null check (reason in ('HIRED', 'PROMOTED', 'CORRECTED', 'IMPORTED')),
    -- The leveling decision (HIRED) or promotion packet (PROMOTED) the change came from.
    source_id         varchar(200),
    source_event_id   uuid         unique,
    note              varchar(2000),
    recorded_by       varchar(200) not null,
    recorded_at       timestamptz  not null,
    check ((reason in ('HIRED', 'PROMOTED')) = (source_id is not null))
);

create index person_level_in_force on person_level_change (employee_id, effective_from desc, seq desc);
-- A packet promotes once and a person is hired once, however often their events arrive.
create unique index person_promoted_once on person_level_change (source_id) where reason = 'PROMOTED';
create unique index person_hired_once on person_level_change (employee_id) where reason = 'HIRED';
