-- Versioned leveling frameworks. A version is DRAFT (editable) or PUBLISHED (immutable);
-- framework.current_version points at the published version portals read by default.
create table framework (
    id              bigserial primary key,
    slug            varchar(64)  not null unique,
    name            varchar(200) not null,
    description     text,
    source          text,
    current_version integer,
    created_at      timestamptz  not null default now()
);

create table framework_version (
    id           bigserial primary key,
    framework_id bigint      not null references framework (id),
    number       integer     not null,
    status       varchar(16) not null check (status in ('DRAFT', 'PUBLISHED')),
    axes_note    text,
    published_at timestamptz,
    created_at   timestamptz not null default now(),
    unique (framework_id, number)
);

create table framework_axis (
    id          bigserial primary key,
    version_id  bigint       not null references framework_version (id),
    code        varchar(64)  not null,
    name        varchar(200) not null,
    description text         not null,
    position    integer      not null,
    unique (version_id, code)
);

create table framework_level (
    id             bigserial primary key,
    version_id     bigint       not null references framework_version (id),
    code           varchar(16)  not null,
    stage          varchar(100) not null,
    title          varchar(200) not null,
    years_from     integer,
    years_to       integer,
    summary        text,
    source_section varchar(16),
    position       integer      not null,
    unique (version_id, code),
    check (years_from is null or years_to is null or years_from <= years_to)
);

-- One bullet of a level: an expectation, must-do, don't, proof point, interview probe, common mistake,
-- staff competency or archetype, with the seed section it comes from.
create table level_item (
    id            bigserial primary key,
    level_id      bigint       not null references framework_level (id),
    kind          varchar(32)  not null,
    axis_code     varchar(64),
    section       varchar(16),
    section_title varchar(200),
    section_note  text,
    text          text         not null,
    position      integer      not null
);

create index level_item_level on level_item (level_id, position);
create index framework_level_version on framework_level (version_id, position);
create index framework_axis_version on framework_axis (version_id, position);
