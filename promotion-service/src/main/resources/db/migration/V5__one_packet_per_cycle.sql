-- One packet per person per cycle; a withdrawn one leaves room for a new one.
create unique index promotion_packet_one_per_cycle on promotion_packet (cycle_id, employee_id) where status <> 'WITHDRAWN';
