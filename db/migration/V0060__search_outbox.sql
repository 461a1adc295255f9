-- Hibernate Search's outbox-polling coordination (issue 12; claimdesk.search.coordination, the
-- default with the elasticsearch backend): each transaction writes the changed entities to
-- hsearch_outbox_event, and the nodes, registered in hsearch_agent, share the work of indexing
-- them. The columns are those Hibernate Search 8.2 maps (OutboxEvent, Agent), named by Spring's
-- naming strategy; the binary payload columns differ by database (db/vendor/*/V0061). Empty on a
-- single node with Lucene.
create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    tenant_id varchar(255),
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(32) not null,
    constraint ck_hsearch_outbox_event_status check (status in ('PENDING', 'ABORTED'))
);
create index ix_hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash);
create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status);
create index ix_hsearch_outbox_event_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(64) not null,
    name varchar(255) not null,
    tenant_id varchar(255),
    expiration timestamp(6) with time zone not null,
    state varchar(32) not null,
    total_shard_count integer,
    assigned_shard_index integer,
    constraint ck_hsearch_agent_type check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
        'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    constraint ck_hsearch_agent_state check (state in ('RUNNING', 'WAITING', 'SUSPENDED'))
);
