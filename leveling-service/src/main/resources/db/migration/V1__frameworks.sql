-- Versioned leveling frameworks. A version is DRAFT (editable) or PUBLISHED (immutable); its content
-- (axes, levels with their bullets, tracks) is one JSON document, validated by the service before it is
-- stored, because a version is read and replaced whole and never queried by its parts.
create table framework (
    id              bigserial primary key,
    slug            varchar(64) not null unique,
    current_version integer,
    created_at      timestamptz not null default now()
);

create table framework_version (
    id           bigserial primary key,
    framework_id bigint      not null references framework (id),
    number       integer     not null check (number >= 1),
    status       varchar(16) not null check (status in ('DRAFT', 'PUBLISHED')),
    content      jsonb       not null,
    -- Bumped by every edit of a draft: the ETag that If-Match is checked against.
    revision     integer     not null default 0,
    created_by   varchar(200) not null,
    created_at   timestamptz not null default now(),
    published_by varchar(200),
    published_at timestamptz,
    unique (framework_id, number),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

-- At most one draft per framework: a second "new draft" is a conflict, not a fork.
create unique index framework_one_draft on framework_version (framework_id) where status = 'DRAFT';
