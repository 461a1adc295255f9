-- The outbox's binary payloads (V0060) as Hibernate Search maps them on H2.
alter table hsearch_outbox_event add column payload blob not null;
alter table hsearch_agent add column payload blob;
