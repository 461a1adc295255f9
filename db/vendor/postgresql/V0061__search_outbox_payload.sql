-- The outbox's binary payloads (V0060) as Hibernate Search maps them on PostgreSQL.
alter table hsearch_outbox_event add column payload bytea not null;
alter table hsearch_agent add column payload bytea;
