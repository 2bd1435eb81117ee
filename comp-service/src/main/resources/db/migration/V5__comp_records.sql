-- A person's pay, one row per change (hire, promotion, merit, market adjustment, correction); the row in
-- force on a day is the latest whose effective_from is on or before it. Sex is kept only for the
-- pay-transparency indicators (EU 2023/970) and is readable by comp-admin alone.
create table comp_record (
    id                   uuid primary key,
    employee_id          varchar(64)    not null,
    effective_from       date           not null,
    reason               varchar(32)    not null
        check (reason in ('HIRE', 'PROMOTION', 'MERIT', 'MARKET_ADJUSTMENT', 'CORRECTION')),
    framework_slug       varchar(64)    not null,
    level_code           varchar(16)    not null,
    market               varchar(16)    not null,
    segment              varchar(32)    not null,
    currency             char(3)        not null,
    base                 numeric(19, 2) not null check (base > 0),
    bonus_target_percent numeric(5, 2)  not null check (bonus_target_percent between 0 and 100),
    equity_annual_value  numeric(19, 2) not null check (equity_annual_value >= 0),
    sex                  varchar(16) check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')),
    note                 text,
    created_by           varchar(200)   not null,
    created_at           timestamptz    not null,
    unique (employee_id, effective_from)
);

create index comp_record_employee on comp_record (employee_id, effective_from desc);
