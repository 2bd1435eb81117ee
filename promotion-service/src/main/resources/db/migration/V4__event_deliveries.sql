-- Event delivery per subscriber: each outbox event gets one delivery row for every subscriber that wants
-- it (comp-service, HR webhooks registered through the API), retried with backoff and dead after too
-- many attempts.
create table webhook_subscription (
    id          uuid primary key,
    url         varchar(2000) not null,
    event_types varchar(100)[] not null,
    description varchar(500),
    secret      varchar(100)  not null,
    active      boolean       not null default true,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null
);

create table event_delivery (
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

create index event_delivery_due on event_delivery (next_attempt_at) where status = 'PENDING';
create index event_delivery_order on event_delivery (target, aggregate_id, seq) where status = 'PENDING';
create index event_delivery_listing on event_delivery (seq desc);
create index event_delivery_by_webhook on event_delivery (subscription_id, seq desc);

-- Events still owed to comp-service keep their delivery state; delivered ones are recorded as delivered.
insert into event_delivery (id, event_id, target, aggregate_id, status, attempts, next_attempt_at, last_error,
                            delivered_at, dead_at, created_at)
select gen_random_uuid(), id, 'comp-service', aggregate_id,
       case when delivered_at is not null then 'DELIVERED' when dead_at is not null then 'DEAD' else 'PENDING' end,
       attempts, next_attempt_at, last_error, delivered_at, dead_at, occurred_at
from outbox_event
where type = 'promotion.decided'
order by occurred_at;

-- Delivery state lives in event_delivery now.
drop index outbox_event_pending;
alter table outbox_event drop column delivered_at, drop column attempts, drop column next_attempt_at,
    drop column last_error, drop column dead_at;
