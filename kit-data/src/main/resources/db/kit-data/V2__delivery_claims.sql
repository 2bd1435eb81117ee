-- The relay sends outside any transaction: it claims a delivery for a while (claim, claimed_until), sends,
-- and records the outcome only if its claim still holds. A claim that runs out (a relay stopped mid-send)
-- makes the delivery due again.
alter table event_delivery add column claim uuid;
alter table event_delivery add column claimed_until timestamptz;

create index event_delivery_claimed on event_delivery (target) where status = 'PENDING' and claimed_until is not null;
