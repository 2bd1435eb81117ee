-- Creating POSTs honour Idempotency-Key (platform-kit Idempotency): the key, the request's hash and the first answer.
create table idempotency_key (
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

-- One packet per person per cycle; a withdrawn one leaves room for a new one.
create unique index promotion_packet_one_per_cycle on promotion_packet (cycle_id, employee_id) where status <> 'WITHDRAWN';
