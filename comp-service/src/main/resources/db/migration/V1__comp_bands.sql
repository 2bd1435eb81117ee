-- A total-comp band for one level of a framework in one market and company segment, in force from
-- effective_from to effective_to (inclusive; open when null). Money is exact: numeric, never float.
create table comp_band (
    id              uuid primary key,
    framework_slug  varchar(64)   not null,
    level_code      varchar(16)   not null,
    market          varchar(16)   not null check (market in ('KR', 'US', 'GLOBAL_REMOTE')),
    segment         varchar(32)   not null,
    currency        char(3)       not null,
    total_comp_min  numeric(19, 2) not null check (total_comp_min >= 0),
    total_comp_max  numeric(19, 2),
    -- The source writes "$350K+" or "$1.5M-$3M+": the top of the range is not a ceiling.
    open_ended      boolean       not null default false,
    equity_note     varchar(32)   not null check (equity_note in ('NONE', 'STOCK', 'SIGNIFICANT_STOCK')),
    visibility      varchar(16)   not null check (visibility in ('INTERNAL', 'PUBLISHED')),
    effective_from  date          not null,
    effective_to    date,
    source_label    text,
    source          text,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null default now(),
    check (total_comp_max is null or total_comp_max >= total_comp_min),
    check (total_comp_max is not null or open_ended),
    check (effective_to is null or effective_to >= effective_from)
);

create index comp_band_lookup on comp_band (framework_slug, level_code, market, segment, effective_from);
