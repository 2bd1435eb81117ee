-- Delivery state of outbox events: retried with exponential backoff, dead after too many attempts.
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column next_attempt_at timestamptz not null default now();
alter table outbox_event add column last_error text;
alter table outbox_event add column dead_at timestamptz;

drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (next_attempt_at) where delivered_at is null and dead_at is null;
