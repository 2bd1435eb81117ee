-- A replayed creating POST answers the ETag of the first answer too.
alter table idempotency_key add column response_etag varchar(200);
