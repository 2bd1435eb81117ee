-- A band is a series of effective-dated versions: a change closes the version in force and opens the
-- next one; series_id names the band across its versions.
alter table comp_band add column series_id uuid;
update comp_band set series_id = id;
alter table comp_band alter column series_id set not null;
create index comp_band_series on comp_band (series_id, effective_from);

-- Component guidance (base range, bonus target, equity and vesting, sign-on, refresh) as one document.
alter table comp_band add column guidance jsonb;

-- Every write of the service: who, when, what, and the state before and after. Append-only.
create table audit_log (
    id            bigserial primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(200) not null,
    request_id    varchar(128),
    action        varchar(100) not null,
    resource_type varchar(100) not null,
    resource_id   varchar(200) not null,
    before        jsonb,
    after         jsonb
);

create index audit_log_resource on audit_log (resource_type, resource_id, id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

-- Idempotency-Key of creating POSTs: the first response, kept 24 hours (platform-kit Idempotency).
create table idempotency_key (
    client            varchar(200) not null,
    subject           varchar(200) not null,
    key               varchar(200) not null,
    request_hash      char(64)     not null,
    response_status   integer      not null,
    response_body     text,
    response_location text,
    created_at        timestamptz  not null,
    expires_at        timestamptz  not null,
    primary key (client, subject, key)
);
