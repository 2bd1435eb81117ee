-- Company ladders: how a company's level labels map to the internal levels (L3...L8). Each mapping edge
-- names its source and a confidence; several sources may map the same label, the most confident wins.
create table company_ladder (
    id         bigserial primary key,
    code       varchar(64)  not null unique,
    name       varchar(200) not null,
    note       text,
    created_by varchar(200) not null,
    created_at timestamptz  not null
);

create table ladder_edge (
    id         bigserial primary key,
    ladder_id  bigint       not null references company_ladder (id),
    label      varchar(100) not null,
    level_code varchar(16)  not null,
    source     varchar(500) not null,
    confidence varchar(16)  not null check (confidence in ('LOW', 'MEDIUM', 'HIGH')),
    position   integer      not null,
    created_by varchar(200) not null,
    created_at timestamptz  not null
);

create unique index ladder_edge_per_source on ladder_edge (ladder_id, lower(label), source);

-- Seed: table 1.1 of the AI Engineer career guide. Its header names five columns but every row has six
-- values (see the spec): the last is the Korean conglomerate's job title, the Junior...Distinguished column
-- is the typical startup's, and the MTS I...Distinguished column has no name in the source.
insert into company_ladder (code, name, note, created_by, created_at) values
    ('meta', 'Meta', null, 'seed', now()),
    ('openai', 'OpenAI', null, 'seed', now()),
    ('mts-unnamed', 'MTS ladder (unnamed in source)',
     'Seed table 1.1 has a column without a header (MTS I ... Distinguished); whose ladder it is, the source does not say.',
     'seed', now()),
    ('typical-startup', 'Typical startup', null, 'seed', now()),
    ('korean-conglomerate', 'Korean conglomerate', 'Job titles; the source puts them in its unheaded last column.',
     'seed', now());

insert into ladder_edge (ladder_id, label, level_code, source, confidence, position, created_by, created_at)
select ladder.id, edge.label, edge.level_code, 'AI Engineer career guide 2025-2026, table 1.1', edge.confidence,
       edge.position, 'seed', now()
from (values
    ('meta', 'L3', 'L3', 'MEDIUM', 0), ('meta', 'L4', 'L4', 'MEDIUM', 1), ('meta', 'L5', 'L5', 'MEDIUM', 2),
    ('meta', 'L6', 'L6', 'MEDIUM', 3), ('meta', 'L7', 'L7', 'MEDIUM', 4), ('meta', 'L8', 'L8', 'MEDIUM', 5),
    ('openai', 'E3', 'L3', 'MEDIUM', 0), ('openai', 'E4', 'L4', 'MEDIUM', 1), ('openai', 'E5', 'L5', 'MEDIUM', 2),
    ('openai', 'E6', 'L6', 'MEDIUM', 3), ('openai', 'E7', 'L7', 'MEDIUM', 4), ('openai', 'E8', 'L8', 'MEDIUM', 5),
    ('mts-unnamed', 'MTS I', 'L3', 'LOW', 0), ('mts-unnamed', 'MTS II', 'L4', 'LOW', 1),
    ('mts-unnamed', 'Senior MTS', 'L5', 'LOW', 2), ('mts-unnamed', 'Staff', 'L6', 'LOW', 3),
    ('mts-unnamed', 'Principal', 'L7', 'LOW', 4), ('mts-unnamed', 'Distinguished', 'L8', 'LOW', 5),
    ('typical-startup', 'Junior', 'L3', 'MEDIUM', 0), ('typical-startup', 'Mid', 'L4', 'MEDIUM', 1),
    ('typical-startup', 'Senior', 'L5', 'MEDIUM', 2), ('typical-startup', 'Staff', 'L6', 'MEDIUM', 3),
    ('typical-startup', 'Principal', 'L7', 'MEDIUM', 4), ('typical-startup', 'Distinguished', 'L8', 'MEDIUM', 5),
    ('korean-conglomerate', 'Staff', 'L3', 'MEDIUM', 0),
    ('korean-conglomerate', 'Assistant manager', 'L4', 'MEDIUM', 1),
    ('korean-conglomerate', 'Manager', 'L5', 'MEDIUM', 2),
    ('korean-conglomerate', 'Deputy GM / GM', 'L6', 'MEDIUM', 3),
    ('korean-conglomerate', 'Executive director', 'L7', 'MEDIUM', 4),
    ('korean-conglomerate', 'SVP+', 'L8', 'MEDIUM', 5)
) as edge (ladder, label, level_code, confidence, position)
join company_ladder ladder on ladder.code = edge.ladder;
