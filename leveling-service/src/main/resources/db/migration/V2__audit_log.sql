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
