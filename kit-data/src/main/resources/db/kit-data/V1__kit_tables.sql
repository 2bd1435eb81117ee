-- The tables of kit-data's parts, in every service that depends on it. A database created before kit-data
-- owned them has them already, made by the service's own migrations of that time: hence "if not exists".

-- Audit log: every write of the service, who, when, what, and the state before and after. Append-only.
create table if not exists audit_log (
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

create index if not exists audit_log_resource on audit_log (resource_type, resource_id, id);

create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create or replace trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

-- Idempotency-Key of creating POSTs: the request's hash and the first answer, kept 24 hours.
create table if not exists idempotency_key (
    client            varchar(200) not null,
    subject           varchar(200) not null,
    key               varchar(200) not null,
    request_hash      char(64)     not null,
    response_status   integer      not null,
    response_body     text,
    response_location text,
    response_etag     varchar(200),
    created_at        timestamptz  not null,
    expires_at        timestamptz  not null,
    primary key (client, subject, key)
);
-- A table from before the services stored the first answer's ETag has no such column yet.
alter table idempotency_key add column if not exists response_etag varchar(200);

-- Outbox: events for other services, written in the transaction of the change.
create table if not exists outbox_event (
    id           uuid primary key,
    type         varchar(100) not null,
    aggregate_id varchar(200) not null,
    payload      jsonb        not null,
    occurred_at  timestamptz  not null
);

-- HR webhooks registered through the API.
create table if not exists webhook_subscription (
    id          uuid primary key,
    url         varchar(2000) not null,
    event_types varchar(100)[] not null,
    description varchar(500),
    secret      varchar(100)  not null,
    active      boolean       not null default true,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null
);

-- One delivery per event and subscriber (a fixed destination or a webhook), retried with backoff and dead
-- after too many attempts.
create table if not exists event_delivery (
    id              uuid primary key,
    -- The order in which deliveries were created: per subscriber and aggregate they are sent in this order.
    seq             bigint generated always as identity,
    event_id        uuid         not null references outbox_event (id),
    target          varchar(200) not null,
    subscription_id uuid references webhook_subscription (id),
    aggregate_id    varchar(200) not null,
    status          varchar(20)  not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    created_at      timestamptz  not null,
    unique (event_id, target)
);

create index if not exists event_delivery_due on event_delivery (next_attempt_at) where status = 'PENDING';
create index if not exists event_delivery_order on event_delivery (target, aggregate_id, seq) where status = 'PENDING';
create index if not exists event_delivery_listing on event_delivery (seq desc);
create index if not exists event_delivery_by_webhook on event_delivery (subscription_id, seq desc);
