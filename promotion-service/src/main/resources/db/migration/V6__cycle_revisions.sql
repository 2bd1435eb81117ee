-- HR edits an open cycle's name and window with If-Match, and closes it: each write is a new revision.
alter table promotion_cycle add column revision integer not null default 0;
