-- Whether a mapping edge is what its source states or the platform's reading of it (its confidence is always
-- the platform's judgement). Edges added through the API say so themselves; they were the source's word.
alter table ladder_edge add column basis varchar(24) not null default 'SOURCE_STATED'
    check (basis in ('SOURCE_STATED', 'PLATFORM_INFERRED'));
alter table ladder_edge alter column basis drop default;

-- Table 1.1 of the seed has five headers (Stage, Meta, OpenAI, Typical startup, Korean conglomerate) over six
-- values a row. Meta's and OpenAI's columns sit under their headers; the last three columns are the
-- platform's reading, which each of their ladders now says.
update ladder_edge set basis = 'PLATFORM_INFERRED'
where created_by = 'seed'
  and ladder_id in (select id from company_ladder where code in ('mts-unnamed', 'typical-startup', 'korean-conglomerate'));

update company_ladder set note = 'Seed table 1.1 prints MTS I … Distinguished in its fourth column, under the header'
    || ' "Typical startup". The rows have six values for five headers, and the platform reads each header after'
    || ' OpenAI as naming the values one column to its right, which leaves this column without a header: whose'
    || ' ladder it is, the source does not say.'
where code = 'mts-unnamed' and created_by = 'seed';

update company_ladder set note = 'Seed table 1.1 prints Junior … Distinguished in its fifth column, under the header'
    || ' "Korean conglomerate". The platform reads them as the typical startup''s, the header one column to the left'
    || ' (startup titles, where the last column holds Korean job titles).'
where code = 'typical-startup' and created_by = 'seed';

update company_ladder set note = 'Seed table 1.1 prints Staff … SVP+ in its sixth column, which has no header. The'
    || ' platform reads them as the Korean conglomerate''s job titles, the header one column to the left.'
where code = 'korean-conglomerate' and created_by = 'seed';

update company_ladder set note = 'Seed table 1.1 prints L3 … L8 in its second column, under the header "Meta".'
where code = 'meta' and created_by = 'seed' and note is null;

update company_ladder set note = 'Seed table 1.1 prints E3 … E8 in its third column, under the header "OpenAI".'
where code = 'openai' and created_by = 'seed' and note is null;
